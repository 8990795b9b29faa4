import { isIP } from 'node:net';

/**
 * Which reverse proxies the server believes about the client's address (express `trust proxy`):
 * none (`false`: X-Forwarded-For is ignored), the nearest `n` hops, or proxies at these addresses.
 */
export type TrustProxy = false | number | readonly string[];

const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

/** Reads TRUST_PROXY, or says in one sentence what is wrong with it. */
export function parseTrustProxy(raw: string): { ok: true; value: TrustProxy } | { ok: false; error: string } {
  const value = raw.trim();
  if (value === '' || value === 'false' || value === '0') return { ok: true, value: false };
  if (value === 'true') {
    return {
      ok: false,
      error:
        '"true" would believe any X-Forwarded-For a client sends, so anyone could pick their own ' +
        'address; give the number of proxies in front of the server (e.g. 1) or their addresses ' +
        '(e.g. loopback or 10.0.0.2)',
    };
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_HOPS
      ? { ok: true, value: hops }
      : { ok: false, error: `a hop count must be between 0 and ${MAX_HOPS}` };
  }
  const entries = value.split(',').map((e) => e.trim());
  for (const entry of entries) {
    if (!NAMED.has(entry) && !isAddressOrCidr(entry)) {
      return {
        ok: false,
        error:
          `"${entry}" is not a proxy address; use false, a hop count, or a comma-separated list of ` +
          'IP addresses, CIDR ranges (10.0.0.0/8) and the names loopback, linklocal, uniquelocal',
      };
    }
  }
  return { ok: true, value: entries };
}

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
