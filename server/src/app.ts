/**
 * Builds and starts the whole server: HTTP API and static client, the Yjs endpoint and socket.io,
 * on one port. A factory, so tests start real servers on port 0 and stop them.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiError, LIMITS, YjsCloseCode } from '@majlis/shared';
import express from 'express';
import helmet from 'helmet';
import { Credentials } from './auth/credentials.js';
import { GuestExpiry } from './auth/GuestExpiry.js';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { type Connections, createApi } from './http/api.js';
import { createAppPage, notFound } from './http/appPage.js';
import { addressResolver } from './http/clientAddress.js';
import { createMetricsApi } from './http/metricsApi.js';
import { logUpgrade, requestLog } from './http/requestLog.js';
import { errorHandler, sendError } from './http/respond.js';
import { createLogger, type Logger } from './logger.js';
import type { Monitor } from './metrics/Monitor.js';
import { SecurityLog } from './metrics/SecurityLog.js';
import { createServerMetrics } from './metrics/serverMetrics.js';
import { LocalPresence } from './presence/Presence.js';
import { RateLimiter } from './rateLimit.js';
import { RedisScaleOut } from './scaleOut/RedisScaleOut.js';
import { CommandScheduler, DEFAULT_SCHEDULER_LIMITS } from './socket/CommandScheduler.js';
import {
  boardRoom,
  createSocketServer,
  credentialRoom,
  facilitatorRoom,
  guestRoom,
} from './socket/socketServer.js';
import { LevelStore } from './storage/LevelStore.js';
import { RedisStore } from './storage/RedisStore.js';
import type { Store } from './storage/Store.js';
import { VoteService } from './votes/VoteService.js';
import { DocRegistry } from './yjs/DocRegistry.js';
import { createYjsEndpoint, YJS_PATH_PREFIX } from './yjs/yjsEndpoint.js';

/** The Host header, if it is a plain host[:port]; anything else could inject into the CSP header. */
function safeHost(host: string | undefined): string {
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
    ? host
    : 'localhost';
}

export interface RunningServer {
  readonly http: HttpServer;
  /** `http://host:port` the server listens on. */
  readonly url: string;
  readonly log: Logger;
  /** The store it runs on (for tests and maintenance scripts; the app itself goes through its services). */
  readonly store: Store;
  /** Stops taking connections, flushes every doc and closes the store. */
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: { log?: Logger; clock?: Clock; store?: Store } = {},
): Promise<RunningServer> {
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const scaleOut =
    config.redisUrl && !options.store
      ? await RedisScaleOut.open(config.redisUrl, config.redisPrefix ?? 'majlis:', log)
      : undefined;
  const store = options.store ?? scaleOut?.store ?? (await LevelStore.open(config.dataDir));
  // Bound once the socket server and the Yjs endpoint exist, below.
  let cutGuests: (workshopId: string) => void = () => undefined;
  const guestExpiry = new GuestExpiry(
    () => clock.now(),
    (workshopId) => cutGuests(workshopId),
  );
  const credentials = new Credentials(await store.getOrCreateSecret(), store, {
    endedGraceMs: config.endedGraceMs,
    now: () => clock.now(),
    onGraceGuest: (workshopId, expiresAt) => guestExpiry.watch(workshopId, expiresAt),
  });
  const docs = new DocRegistry(store, log, config.maxDocBytes, scaleOut?.feed);
  const presence = scaleOut?.presence ?? new LocalPresence();
  const votes = new VoteService(store, docs, clock, log);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', Array.isArray(config.trustProxy) ? [...config.trustProxy] : config.trustProxy);
  const scheduler = new CommandScheduler({ ...DEFAULT_SCHEDULER_LIMITS, lagLimitMs: config.shedLagMs });
  const metrics = createServerMetrics(undefined, {
    docs: () => docs.stats(),
    loopDelay: () => scheduler.loopDelay,
    queuedCommands: () => scheduler.queued,
  });
  const monitor: Monitor = {
    metrics,
    security: new SecurityLog(log, metrics),
    addressOf: addressResolver(app),
  };
  app.use(requestLog({ log, ...monitor }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // 'self' covers same-host WebSockets in current browsers; older Safari needs them spelled out.
          connectSrc: [
            "'self'",
            (req) => `ws://${safeHost(req.headers.host)}`,
            (req) => `wss://${safeHost(req.headers.host)}`,
          ],
          imgSrc: ["'self'", 'data:', 'blob:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          fontSrc: ["'self'", 'data:'],
          frameAncestors: ["'self'"],
          // Venues often serve over plain http on the local network; upgrading would break every request.
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: false,
    }),
  );
  // With Redis, the process is healthy only while Redis answers: a load balancer should send no one here
  // meanwhile. Without it, nothing outside the process can fail, so the shape stays `{ ok: true }`.
  app.get('/healthz', async (_req, res) => {
    if (!(store instanceof RedisStore)) return void res.json({ ok: true });
    const up = await store.reachable();
    res.status(up ? 200 : 503).json({ ok: up, redis: up ? 'up' : 'down' });
  });
  app.use(createMetricsApi(metrics, config.metricsToken));
  // A workshop archive is far larger than any other body; only its import route reads that much.
  // It is throttled before the body is read: parsing 20 MB costs the server, not the sender.
  const importLimiter = new RateLimiter(30, 0.2);
  app.post(
    '/api/workshops/import',
    (req, res, next) => {
      if (importLimiter.take(req.ip ?? 'unknown')) return next();
      monitor.security.note({
        event: 'request_refused',
        reason: 'rate_limited',
        channel: 'http',
        address: req.ip,
        limiter: 'import',
      });
      sendError(res, { code: 'rate_limited', message: 'Too many imports; wait a moment and try again.' });
    },
    express.json({ limit: LIMITS.archiveBytes, strict: true }),
  );
  app.use('/api', express.json({ limit: LIMITS.httpBodyBytes, strict: true }));
  // The API is built before the server listens; it reads the port when asked.
  const port = () => (http.address() as AddressInfo | null)?.port ?? config.port;
  // Bound once the socket server and the Yjs endpoint exist, below.
  let cutCredential: (key: string, reason: ApiError) => void = () => undefined;
  let participantsChanged: (workshopId: string) => void = () => undefined;
  let cutRole: (workshopId: string, role: 'facilitator' | 'board') => void = () => undefined;
  const connections: Connections = {
    cut: (key, reason) => cutCredential(key, reason),
    participantsChanged: (workshopId) => participantsChanged(workshopId),
  };
  app.use(
    '/api',
    createApi({
      config,
      store,
      credentials,
      docs,
      presence,
      clock,
      votes,
      port,
      connections,
      monitor,
      ...(scaleOut ? { joinBudget: scaleOut.joinBudget } : {}),
      credentialRotated: (workshopId, role) => cutRole(workshopId, role),
      workshopEnded: (workshopId, guestsUntil) => guestExpiry.watch(workshopId, guestsUntil),
    }),
  );

  app.use(createAppPage(config.clientDist, log));
  app.use(notFound);
  app.use(errorHandler(log));

  const http = createServer(app);
  const io = createSocketServer(http, {
    credentials,
    docs,
    store,
    presence,
    clock,
    log,
    votes,
    config,
    scheduler,
    monitor,
    ...(scaleOut ? { sharedLimiter: scaleOut.commandLimiter } : {}),
  });
  scaleOut?.attach(io);
  const yjs = createYjsEndpoint({ credentials, docs, log, monitor });
  cutCredential = (key, reason) => {
    yjs.closeCredential(
      key,
      reason.code === 'unauthorized' ? YjsCloseCode.unauthorized : YjsCloseCode.forbidden,
      reason.code,
    );
    io.in(credentialRoom(key)).emit('session:closed', reason);
    io.in(credentialRoom(key)).disconnectSockets(true);
  };
  // A burst of joins tells each console at most once a second, and once more after the burst.
  const pendingChanges = new Map<string, { timer: NodeJS.Timeout; again: boolean }>();
  participantsChanged = (workshopId) => {
    const pending = pendingChanges.get(workshopId);
    if (pending) {
      pending.again = true;
      return;
    }
    io.to(facilitatorRoom(workshopId)).emit('participants:changed');
    const timer = setTimeout(() => {
      const again = pendingChanges.get(workshopId)?.again;
      pendingChanges.delete(workshopId);
      if (again) participantsChanged(workshopId);
    }, 1000);
    timer.unref();
    pendingChanges.set(workshopId, { timer, again: false });
  };

  cutRole = (workshopId, role) => {
    yjs.closeRoles(workshopId, [role], YjsCloseCode.unauthorized, 'rotated');
    io.in(role === 'facilitator' ? facilitatorRoom(workshopId) : boardRoom(workshopId)).disconnectSockets(
      true,
    );
  };
  cutGuests = (workshopId) => {
    yjs.closeRoles(workshopId, ['participant', 'scribe', 'board'], YjsCloseCode.ended, 'workshop_ended');
    io.in(guestRoom(workshopId)).disconnectSockets(true);
  };
  http.on('upgrade', (req, socket, head) => {
    const path = req.url ?? '';
    const channel = path.startsWith(YJS_PATH_PREFIX)
      ? 'yjs'
      : path.startsWith('/socket.io/')
        ? 'socketio'
        : 'none';
    logUpgrade(log, req, monitor.addressOf(req), channel);
    if (channel === 'yjs') return yjs.handleUpgrade(req, socket, head);
    if (channel === 'socketio') return; // socket.io's own listener takes it
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => resolve());
  });
  const address = http.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
  log.info(
    scaleOut
      ? { url, redis: 'shared', instance: scaleOut.store.instanceId }
      : { url, dataDir: config.dataDir },
    'Majlis is listening',
  );

  let closing: Promise<void> | undefined;
  return {
    http,
    url,
    log,
    store,
    close() {
      closing ??= (async () => {
        yjs.close();
        votes.close();
        guestExpiry.close();
        scheduler.close();
        for (const { timer } of pendingChanges.values()) clearTimeout(timer);
        monitor.security.close();
        const closed = new Promise<void>((resolve) => io.close(() => resolve()));
        // Browsers hold keep-alive connections open; the HTTP server would wait for them forever.
        http.closeAllConnections();
        await closed;
        await docs.closeAll();
        await scaleOut?.close();
        await store.close();
        log.info('Majlis stopped');
      })();
      return closing;
    },
  };
}
