/**
 * One log line per HTTP request (pino-http) and per WebSocket upgrade: method, path, status,
 * duration and the client's address. Nothing of the request is logged but those: no headers (the
 * `Authorization` credential), and the query's `token`/`key` values (the Yjs URL carries its
 * credential there) are replaced. Health checks, scrapes and static files go at `debug`.
 *
 * The same hook counts responses by status class and writes a security line for every credential
 * refused over HTTP.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode } from '@majlis/shared';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';
import type { SecurityLog } from '../metrics/SecurityLog.js';
import type { ServerMetrics } from '../metrics/serverMetrics.js';
import { errorCodeOf } from './respond.js';

/** Query parameters that carry credentials, in any client we ship or document. */
const SECRET_PARAMS = /([?&](?:token|key|access_token|auth)=)[^&#]*/gi;

/** The request target with every credential in its query replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, '$1[REDACTED]');
}

const pathOf = (url: string) => url.split('?')[0] ?? url;

/** Requests that would drown the rest at `info`: probes, scrapes and files of the built client. */
function routine(path: string, status: number): boolean {
  if (path === '/healthz' || path === '/metrics') return true;
  return status < 400 && (path.startsWith('/assets/') || /\/[^/]+\.[A-Za-z0-9]+$/.test(path));
}

/** Credential refusals: what a 401/403 means when the code says a credential was refused. */
const CREDENTIAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.unauthorized,
  ErrorCode.wrongWorkshop,
  ErrorCode.forbidden,
]);
const WORKSHOP_IN_PATH = /^\/api\/workshops\/([A-Za-z0-9_-]{1,64})(?:\/|$)/;

type AddressOf = (req: IncomingMessage) => string;

export function requestLog(deps: {
  log: Logger;
  metrics: ServerMetrics;
  security: SecurityLog;
  addressOf: AddressOf;
}): RequestHandler {
  const { metrics, security, addressOf } = deps;
  const target = (req: IncomingMessage) => (req as Partial<Request>).originalUrl ?? req.url ?? '/';
  const logRequests = pinoHttp({
    logger: deps.log,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({
        id: (req as { id?: unknown }).id,
        method: req.method,
        path: redactUrl(target(req)),
        remoteAddress: addressOf(req),
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      return routine(pathOf(target(req)), res.statusCode) ? 'debug' : 'info';
    },
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(target(req))} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(target(req))} ${res.statusCode}`,
  });

  const observe = (req: Request, res: Response) => {
    metrics.httpResponse(res.statusCode);
    const code = errorCodeOf(res);
    if ((res.statusCode === 401 || res.statusCode === 403) && code && CREDENTIAL_CODES.has(code)) {
      security.note({
        event: 'credential_refused',
        reason: code,
        channel: 'http',
        address: req.ip,
        workshopId: WORKSHOP_IN_PATH.exec(req.originalUrl)?.[1],
      });
    }
  };
  return (req, res, next) => {
    res.once('finish', () => observe(req, res));
    logRequests(req, res, next);
  };
}

/** The line for a WebSocket upgrade (Yjs and socket.io), which never reaches Express. */
export function logUpgrade(log: Logger, req: IncomingMessage, address: string, channel: string): void {
  log.info(
    {
      req: { method: req.method, path: redactUrl(req.url ?? '/'), remoteAddress: address },
      upgrade: channel,
    },
    `upgrade ${pathOf(req.url ?? '/')}`,
  );
}
