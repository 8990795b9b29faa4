/**
 * `GET /metrics` in the Prometheus text format. Counters tell how a workshop is going, and who is
 * being refused, so they are not for the public internet: without `METRICS_TOKEN` only a request
 * made on this machine (loopback, and not forwarded by a proxy) is answered; with it, only a
 * request that brings it as `Authorization: Bearer <METRICS_TOKEN>`, from anywhere.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode } from '@majlis/shared';
import { type RequestHandler, Router } from 'express';
import { METRICS_CONTENT_TYPE } from '../metrics/MetricsRegistry.js';
import type { ServerMetrics } from '../metrics/serverMetrics.js';
import { bearer, sendError } from './respond.js';

export interface ScrapeRequest {
  /** The address of the TCP peer itself, not one a proxy claims. */
  readonly socketAddress: string | undefined;
  /** Whether the request names a client behind a proxy (X-Forwarded-For, Forwarded, X-Real-IP). */
  readonly forwarded: boolean;
  readonly bearer: string | undefined;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** Who may scrape: `ok`, or the error code to refuse with. */
export function scrapeAccess(
  req: ScrapeRequest,
  token: string | undefined,
): 'ok' | 'unauthorized' | 'forbidden' {
  if (token !== undefined) {
    return req.bearer !== undefined && timingSafeEqual(digest(req.bearer), digest(token))
      ? 'ok'
      : 'unauthorized';
  }
  // A reverse proxy on this machine reaches us over loopback on behalf of anyone: not local.
  return isLoopback(req.socketAddress) && !req.forwarded ? 'ok' : 'forbidden';
}

export function createMetricsApi(metrics: ServerMetrics, token: string | undefined): Router {
  const api = Router();
  const scrape: RequestHandler = (req, res) => {
    const access = scrapeAccess(
      {
        socketAddress: req.socket.remoteAddress,
        forwarded: ['x-forwarded-for', 'forwarded', 'x-real-ip'].some((h) => req.headers[h] !== undefined),
        bearer: bearer(req),
      },
      token,
    );
    if (access === 'unauthorized')
      return sendError(res, {
        code: ErrorCode.unauthorized,
        message: 'Send the metrics token as a bearer token.',
      });
    if (access === 'forbidden')
      return sendError(res, {
        code: ErrorCode.forbidden,
        message: 'Metrics are served on this machine only; set METRICS_TOKEN to scrape from elsewhere.',
      });
    res.setHeader('Content-Type', METRICS_CONTENT_TYPE);
    res.setHeader('Cache-Control', 'no-store');
    res.send(metrics.registry.render());
  };
  api.get('/metrics', scrape);
  return api;
}
