import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { StoreUnavailableError } from './StoreUnavailableError.js';

export interface RedisConnectionOptions {
  /** How long one command may take, and a connection attempt, before it fails. */
  readonly timeoutMs: number;
  readonly log?: Logger | undefined;
}

/**
 * A Redis connection that fails fast and heals by itself. While Redis is unreachable, every command
 * is refused at once (no offline queue, nothing resent later behind the caller's back) or after
 * `timeoutMs` when Redis stops answering; in the background the client reconnects, at most a second
 * apart, and commands work again as soon as it is back. Resolves once connected.
 */
export async function openRedis(url: string, options: RedisConnectionOptions): Promise<Redis> {
  const { timeoutMs, log } = options;
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    // A command already sent when the connection drops fails with it instead of being resent after
    // reconnecting, when its caller may long have been told it failed.
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout: timeoutMs,
    connectTimeout: timeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log?.warn({ err: err.message }, 'Redis unreachable; commands fail as unavailable until it is back');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log?.info('Redis reachable again');
  });
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new StoreUnavailableError(`cannot connect to Redis: ${(err as Error).message}`, { cause: err });
  }
  return redis;
}

/** Errors of a lost, refused or slow connection, and Redis replies that say it cannot serve now. */
const OUTAGE =
  /Command timed out|Stream isn't writeable|Connection is closed|max retries per request|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|^(LOADING|BUSY|MASTERDOWN|READONLY|CLUSTERDOWN|TRYAGAIN)\b/i;

/**
 * What to throw for an error met while using `redis`: a `StoreUnavailableError` when Redis could not
 * be reached or could not serve (including any error while the connection is not ready), else the
 * error itself (a bug, or a caller's own error such as one thrown by an audit entry's seal).
 */
export function unavailableOr(err: unknown, redis: Redis): unknown {
  if (err instanceof StoreUnavailableError || !(err instanceof Error)) return err;
  const outage =
    OUTAGE.test(err.message) || err.name === 'MaxRetriesPerRequestError' || redis.status !== 'ready';
  return outage ? new StoreUnavailableError(`Redis is unavailable: ${err.message}`, { cause: err }) : err;
}
