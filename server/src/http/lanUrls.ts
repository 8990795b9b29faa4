import { networkInterfaces } from 'node:os';

/**
 * The http addresses of this machine on its local networks (IPv4, not loopback), for phones in
 * the room when the server was opened as `localhost` and no PUBLIC_URL is set. Empty when the
 * server listens on one specific address other than all interfaces.
 */
export function lanUrls(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [];
  const urls: string[] = [];
  for (const addresses of Object.values(networkInterfaces())) {
    for (const a of addresses ?? []) {
      if (a.family === 'IPv4' && !a.internal) urls.push(`http://${a.address}:${port}`);
    }
  }
  return urls;
}
