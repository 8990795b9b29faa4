/**
 * The Yjs endpoint: `ws(s)://HOST/yjs/<workshopId>?token=<credential>`, standard y-websocket
 * protocol. The upgrade is always accepted so that a refused credential can be told with a 44xx
 * close code: the stock client stops retrying on those, while a refused upgrade looks like a
 * network error and is retried forever.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { ID_PATTERN, LIMITS, scribeMayWriteRoot, YjsCloseCode } from '@majlis/shared';
import { type WebSocket, WebSocketServer } from 'ws';
import { ConnectionCap } from '../auth/connectionCap.js';
import type { Credentials } from '../auth/credentials.js';
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
  /** Closes every connection of a revoked scribe link with 4401; the client stops retrying. */
  closeScribe(workshopId: string, scribeId: string): void;
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
  /** Open connections of scribe links, by `workshopId/scribeId`, so a revoked link is cut at once. */
  const scribes = new Map<string, Set<WebSocket>>();
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
    const auth = await credentials.authorizeFor(url.searchParams.get('token'), workshopId);
    if (!auth.ok) {
      const code = auth.error.code === 'wrong_workshop' ? YjsCloseCode.forbidden : YjsCloseCode.unauthorized;
      return refuse(
        { event: 'credential_refused', reason: auth.error.code, closeCode: code },
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
    const scribeKey = auth.value.role === 'scribe' ? `${workshopId}/${auth.value.scribe.id}` : undefined;
    if (scribeKey) {
      const set = scribes.get(scribeKey) ?? new Set<WebSocket>();
      set.add(ws);
      scribes.set(scribeKey, set);
    }
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
    // A revoke that landed while this connection was being authorized found nothing to close.
    if (auth.value.role === 'scribe') {
      const record = await credentials.recheckScribe(workshopId, auth.value.scribe.id);
      if (!record || ws.readyState !== ws.OPEN) {
        cap.remove(auth.value, ws);
        scribes.get(scribeKey as string)?.delete(ws);
        const closeCode = YjsCloseCode.unauthorized;
        return refuse({ event: 'credential_refused', reason: 'revoked', closeCode, role }, 'revoked');
      }
    }
    room.connect(conn);
    monitor.metrics.connectionOpened('yjs', role);
    ws.off('message', keepEarly);
    ws.on('message', onMessage);
    ws.on('close', () => {
      cap.remove(auth.value, ws);
      if (scribeKey) {
        scribes.get(scribeKey)?.delete(ws);
        if (scribes.get(scribeKey)?.size === 0) scribes.delete(scribeKey);
      }
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
    closeScribe(workshopId, scribeId) {
      for (const ws of scribes.get(`${workshopId}/${scribeId}`) ?? [])
        ws.close(YjsCloseCode.unauthorized, 'revoked');
    },
    close() {
      clearInterval(pinger);
      for (const ws of wss.clients) ws.close(1001, 'server restarting');
      wss.close();
    },
  };
}
