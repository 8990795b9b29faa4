/**
 * The Yjs endpoint: `ws(s)://HOST/yjs/<workshopId>?token=<credential>`, standard y-websocket
 * protocol. The upgrade is always accepted so that a refused credential can be told with a 44xx
 * close code: the stock client stops retrying on those, while a refused upgrade looks like a
 * network error and is retried forever.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ApiError, ID_PATTERN, LIMITS, scribeMayWriteRoot, YjsCloseCode } from '@majlis/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import { ConnectionCap, credentialKey } from '../auth/connectionCap.js';
import type { Credentials, Principal } from '../auth/credentials.js';
import type { Logger } from '../logger.js';
import type { Monitor } from '../metrics/Monitor.js';
import type { SecurityEvent } from '../metrics/SecurityLog.js';
import { TokenBucket } from '../rateLimit.js';
import type { DocRegistry } from './DocRegistry.js';
import { type DocConnection, ProtocolViolation } from './Room.js';

export const YJS_PATH_PREFIX = '/yjs/';
const PING_MS = 30_000;
/** A client this far behind in reading is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/** The close code that tells the client why its credential was refused. */
function refusalCloseCode(error: ApiError): number {
  if (error.code === 'wrong_workshop' || error.code === 'forbidden') return YjsCloseCode.forbidden;
  if (error.code === 'workshop_ended') return YjsCloseCode.ended;
  return YjsCloseCode.unauthorized;
}

/** The reason a security log line gives for each close code the server refuses with. */
const CLOSE_REASON: Readonly<Record<number, string>> = {
  [YjsCloseCode.badRequest]: 'bad_request',
  [YjsCloseCode.unauthorized]: 'unauthorized',
  [YjsCloseCode.forbidden]: 'forbidden',
  [YjsCloseCode.readOnly]: 'read_only',
  [YjsCloseCode.notFound]: 'not_found',
  [YjsCloseCode.tooLarge]: 'too_large',
  [YjsCloseCode.rateLimited]: 'rate_limited',
};

export interface YjsEndpoint {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /**
   * Closes every connection of one credential (see `credentialKey`) with a 44xx code, so the client
   * stops retrying: 4401 for a revoked link, 4403 for a removed participant.
   */
  closeCredential(key: string, code: number, reason: string): void;
  /**
   * Closes every connection of a workshop opened with one of `roles`: with 4401 after a rotation,
   * with 4410 when an ended workshop's grace runs out.
   */
  closeRoles(workshopId: string, roles: readonly Principal['role'][], code: number, reason: string): void;
  /** Closes every connection with 1001 (going away): clients reconnect to the next process. */
  close(): void;
}

export function createYjsEndpoint(deps: {
  credentials: Credentials;
  docs: DocRegistry;
  log: Logger;
  monitor: Monitor;
}): YjsEndpoint {
  const { credentials, docs, log, monitor } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.yjsMessageBytes });

  const alive = new WeakSet<WebSocket>();
  /** Open connections per credential, so a phone opening dozens keeps only its newest few. */
  const cap = new ConnectionCap<WebSocket>();
  /** Open connections by credential key, so a revoked link or a removed participant is cut at once. */
  const byCredential = new Map<string, Set<WebSocket>>();
  /** Who each open connection speaks for, so a rotation or the end of a grace period finds them. */
  const principals = new Map<WebSocket, Principal>();
  const pinger = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, PING_MS);
  pinger.unref();

  async function accept(ws: WebSocket, req: IncomingMessage): Promise<void> {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    // Messages that arrive while the credential and the doc load are kept and handled in order.
    const early: Buffer[] = [];
    const keepEarly = (data: Buffer) => early.push(data);
    ws.on('message', keepEarly);
    ws.on('error', (err) => log.debug({ err }, 'yjs socket error'));

    const url = new URL(req.url ?? '/', 'http://localhost');
    const workshopId = decodeURIComponent(url.pathname.slice(YJS_PATH_PREFIX.length));
    if (!ID_PATTERN.test(workshopId)) return ws.close(YjsCloseCode.notFound, 'unknown workshop');
    const address = monitor.addressOf(req);
    /** Closes with a refusal (`text` is the close reason the client sees) and writes it to the security log. */
    const refuse = (
      refusal: Pick<SecurityEvent, 'event' | 'reason' | 'role' | 'limiter'> & { closeCode: number },
      text: string,
    ) => {
      monitor.security.note({ ...refusal, channel: 'yjs', address, workshopId });
      ws.close(refusal.closeCode, text);
    };
    const token = url.searchParams.get('token');
    const auth = await credentials.authorizeFor(token, workshopId);
    if (!auth.ok) {
      return refuse(
        { event: 'credential_refused', reason: auth.error.code, closeCode: refusalCloseCode(auth.error) },
        auth.error.code,
      );
    }
    const room = await docs.get(workshopId);
    if (ws.readyState !== ws.OPEN) return;

    const limiter = new TokenBucket(300, 100);
    const { role } = auth.value;
    const conn: DocConnection = {
      canWrite: role === 'facilitator' || role === 'scribe',
      ...(role === 'scribe' ? { mayWriteRoot: (root: string) => scribeMayWriteRoot(room.doc, root) } : {}),
      send(message) {
        if (ws.readyState !== ws.OPEN) return;
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.close(1013, 'too slow');
        ws.send(message);
      },
    };
    const onMessage = (data: Buffer) => {
      if (!limiter.take()) {
        const closeCode = YjsCloseCode.rateLimited;
        const refusal = { event: 'yjs_refused', reason: 'rate_limited', limiter: 'yjs_messages' } as const;
        return refuse({ ...refusal, closeCode, role }, 'too many messages');
      }
      try {
        room.receive(conn, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } catch (error) {
        if (!(error instanceof ProtocolViolation)) {
          log.error({ workshopId, role, err: error }, 'yjs message failed');
          return ws.close(YjsCloseCode.badRequest, 'bad message');
        }
        const { closeCode } = error;
        const reason = CLOSE_REASON[closeCode] ?? 'bad_request';
        const limiter = closeCode === YjsCloseCode.rateLimited ? 'yjs_sync' : undefined;
        refuse({ event: 'yjs_refused', reason, closeCode, role, limiter }, error.message);
      }
    };
    const key = credentialKey(auth.value);
    const open = byCredential.get(key) ?? new Set<WebSocket>();
    open.add(ws);
    byCredential.set(key, open);
    principals.set(ws, auth.value);
    const forget = () => {
      cap.remove(auth.value, ws);
      principals.delete(ws);
      const left = byCredential.get(key);
      left?.delete(ws);
      if (left?.size === 0) byCredential.delete(key);
    };
    for (const oldest of cap.add(auth.value, ws)) {
      const closeCode = YjsCloseCode.rateLimited;
      const capped = {
        event: 'connection_capped',
        reason: 'too_many_connections',
        limiter: 'connection_cap',
      } as const;
      monitor.security.note({ ...capped, channel: 'yjs', address, workshopId, role, closeCode });
      oldest.close(closeCode, 'too many connections');
    }
    // A revoke, removal, takeover, rotation or end of grace that landed while this connection was
    // being authorized found nothing to close.
    const again = await credentials.authorizeFor(token, workshopId);
    if (!again.ok || ws.readyState !== ws.OPEN) {
      forget();
      if (again.ok) return;
      const closeCode = refusalCloseCode(again.error);
      return refuse(
        { event: 'credential_refused', reason: again.error.code, closeCode, role },
        again.error.code,
      );
    }
    room.connect(conn);
    monitor.metrics.connectionOpened('yjs', role);
    ws.off('message', keepEarly);
    ws.on('message', onMessage);
    ws.on('close', () => {
      forget();
      room.disconnect(conn);
      monitor.metrics.connectionClosed('yjs', role);
      docs.touch(workshopId);
    });
    for (const data of early) onMessage(data);
  }

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => {
        accept(ws, req).catch((err: unknown) => {
          log.error({ err }, 'yjs connection failed');
          ws.close(1011, 'server error');
        });
      });
    },
    closeCredential(key, code, reason) {
      for (const ws of byCredential.get(key) ?? []) ws.close(code, reason);
    },
    closeRoles(workshopId, roles, code, reason) {
      for (const [ws, principal] of principals) {
        if (principal.workshopId === workshopId && roles.includes(principal.role)) ws.close(code, reason);
      }
    },
    close() {
      clearInterval(pinger);
      for (const ws of wss.clients) ws.close(1001, 'server restarting');
      wss.close();
    },
  };
}
