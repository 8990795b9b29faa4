import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key one client address is counted under. An IPv4 address (also written IPv4-mapped, as Node
 * reports it on a dual-stack socket) counts on its own; an IPv6 address counts by its /64, because
 * one subscriber is routinely handed a whole /64 and could otherwise pick a fresh address per try.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = ip.match(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip;
  return `${expandIPv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, without leading zeros; `::` expanded, a zone id dropped. */
function expandIPv6(ip: string): string[] {
  const [address = ''] = ip.split('%');
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => '0'), ...right].map(
    (g) => g.replace(/^0+(?=.)/, '').toLowerCase() || '0',
  );
}
