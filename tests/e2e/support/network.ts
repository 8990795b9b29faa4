/**
 * What a page pulls over the wire, from Chromium's own network log (the DevTools protocol), for
 * the page-weight goals of issue 9. `encodedDataLength` is the bytes received for a response,
 * headers included, as sent (compressed): what a phone on venue Wi-Fi pays for.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export type Kind = 'document' | 'script' | 'style' | 'font' | 'api' | 'live' | 'other';

export interface Transfer {
  readonly url: string;
  readonly path: string;
  readonly kind: Kind;
  readonly status: number;
  /** Bytes received from the network, headers included; 0 when a cache or the worker answered. */
  readonly bytes: number;
  readonly encoding: string | null;
  readonly cacheControl: string | null;
  /** Answered by the HTTP cache, the memory cache or the service worker, not the network. */
  readonly cached: boolean;
}

interface Pending {
  url: string;
  type: string;
  status?: number;
  encoding?: string | null;
  cacheControl?: string | null;
  cached?: boolean;
}

function kindOf(path: string, type: string): Kind {
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/socket.io/') || path.startsWith('/yjs/') || type === 'WebSocket') return 'live';
  if (type === 'Document') return 'document';
  if (type === 'Script' || path.endsWith('.js')) return 'script';
  if (type === 'Stylesheet' || path.endsWith('.css')) return 'style';
  if (type === 'Font' || path.endsWith('.woff2')) return 'font';
  return 'other';
}

export interface NetworkLog {
  readonly session: CDPSession;
  /** Every response finished so far, in order. */
  transfers(): Transfer[];
  /** Empties the log (the next visit starts from zero). */
  clear(): void;
}

/** Starts logging a page's network traffic; `cacheDisabled` makes it a first visit. */
export async function logNetwork(
  context: BrowserContext,
  page: Page,
  options: { cacheDisabled: boolean },
): Promise<NetworkLog> {
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setCacheDisabled', { cacheDisabled: options.cacheDisabled });
  const pending = new Map<string, Pending>();
  let done: Transfer[] = [];
  session.on('Network.requestWillBeSent', (e) => {
    pending.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' });
  });
  session.on('Network.requestServedFromCache', (e) => {
    const p = pending.get(e.requestId);
    if (p) p.cached = true;
  });
  session.on('Network.responseReceived', (e) => {
    const p = pending.get(e.requestId);
    if (!p) return;
    const headers = Object.fromEntries(
      Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    p.status = e.response.status;
    p.encoding = (headers['content-encoding'] as string | undefined) ?? null;
    p.cacheControl = (headers['cache-control'] as string | undefined) ?? null;
    p.cached ||=
      e.response.fromDiskCache === true ||
      e.response.fromServiceWorker === true ||
      e.response.fromPrefetchCache === true;
  });
  session.on('Network.loadingFinished', (e) => {
    const p = pending.get(e.requestId);
    if (!p) return;
    pending.delete(e.requestId);
    const url = new URL(p.url);
    done.push({
      url: p.url,
      path: url.pathname,
      kind: kindOf(url.pathname, p.type),
      status: p.status ?? 0,
      bytes: p.cached ? 0 : e.encodedDataLength,
      encoding: p.encoding ?? null,
      cacheControl: p.cacheControl ?? null,
      cached: p.cached ?? false,
    });
  });
  return {
    session,
    transfers: () => [...done],
    clear: () => {
      done = [];
    },
  };
}

/** Bytes over the wire by kind, with the count of files. */
export function totals(transfers: readonly Transfer[]): Record<Kind, { bytes: number; files: number }> {
  const out = {} as Record<Kind, { bytes: number; files: number }>;
  for (const k of ['document', 'script', 'style', 'font', 'api', 'live', 'other'] as const) {
    const of = transfers.filter((t) => t.kind === k && !t.cached);
    out[k] = { bytes: of.reduce((n, t) => n + t.bytes, 0), files: of.length };
  }
  return out;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** One line per file and a line per kind, for a test's output. */
export function describeTransfers(transfers: readonly Transfer[]): string {
  const lines = transfers.map(
    (t) =>
      `${t.kind.padEnd(8)} ${String(t.bytes).padStart(7)} ${(t.cached ? 'cache' : (t.encoding ?? '-')).padEnd(5)} ${t.status} ${t.path}`,
  );
  const sum = totals(transfers);
  lines.push(
    Object.entries(sum)
      .filter(([, v]) => v.files > 0)
      .map(([k, v]) => `${k} ${kB(v.bytes)} in ${v.files}`)
      .join(' · '),
  );
  return lines.join('\n');
}
