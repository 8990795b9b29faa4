/**
 * What `REDIS_URL` turns on: the store in Redis, each doc shared through Redis (`RedisDocFeed`),
 * presence counted across processes (`RedisPresence`), and socket.io broadcasts reaching the sockets of every process (`@socket.io/redis-adapter`).
 */
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server } from 'socket.io';
import { DEFAULT_JOIN_GUARD_LIMITS, type SharedFailureBudget } from '../auth/JoinGuard.js';
import type { Logger } from '../logger.js';
import { RedisPresence } from '../presence/RedisPresence.js';
import { COMMAND_BURST, COMMAND_RATE } from '../socket/socketServer.js';
import { RedisStore } from '../storage/RedisStore.js';
import { RedisDocFeed } from '../yjs/RedisDocFeed.js';
import { RedisJoinAddresses } from './RedisJoinAddresses.js';
import { RedisRateLimiter } from './RedisRateLimiter.js';

export class RedisScaleOut {
  private constructor(
    readonly store: RedisStore,
    readonly feed: RedisDocFeed,
    readonly presence: RedisPresence,
    /** The command budget of each participant (or link), across processes. */
    readonly commandLimiter: RedisRateLimiter,
    /** The global budget of wrong join codes, across processes. */
    readonly joinBudget: SharedFailureBudget,
    private readonly clients: readonly Redis[],
    private readonly prefix: string,
  ) {}

  /** Connects to Redis; rejects with `StoreUnavailableError` when it cannot be reached. */
  static async open(url: string, prefix: string, log: Logger): Promise<RedisScaleOut> {
    const store = await RedisStore.open(url, { prefix, log });
    try {
      const feed = await RedisDocFeed.create(store, log);
      // The adapter publishes without handling a failure: its clients wait out an outage instead.
      const pub = store.connection(true);
      const sub = store.connection(true);
      // Nor does it catch a publish that fails (on a closed connection, at shutdown): an unhandled
      // rejection would end the process. A lost broadcast is logged; a client resyncs on reconnect.
      const publish = pub.publish.bind(pub);
      pub.publish = ((channel: string, message: string | Buffer) =>
        publish(channel, message).catch((err: Error) => {
          log.warn({ err: err.message }, 'a socket.io broadcast did not reach Redis');
          return 0;
        })) as typeof pub.publish;
      await Promise.all([pub.connect(), sub.connect()]);
      const presence = await RedisPresence.create(store, log);
      const limits = store.connection();
      await limits.connect();
      const commandLimiter = new RedisRateLimiter(
        limits,
        `${prefix}rate:commands:`,
        COMMAND_BURST,
        COMMAND_RATE,
      );
      const { globalBurst, globalPerHour } = DEFAULT_JOIN_GUARD_LIMITS;
      const joinFailures = new RedisRateLimiter(
        limits,
        `${prefix}rate:joinFailures:`,
        globalBurst,
        globalPerHour / 3_600,
      );
      const addresses = new RedisJoinAddresses(limits, `${prefix}join:address:`, DEFAULT_JOIN_GUARD_LIMITS);
      const joinBudget: SharedFailureBudget = {
        take: () => joinFailures.take('global'),
        giveBack: () => joinFailures.giveBack('global'),
        addressBlockedFor: (address) => addresses.blockedFor(address),
        addressFailed: (address) => addresses.failed(address),
      };
      return new RedisScaleOut(store, feed, presence, commandLimiter, joinBudget, [pub, sub, limits], prefix);
    } catch (err) {
      await store.close();
      throw err;
    }
  }

  /** Makes `io`'s room broadcasts and disconnects reach the sockets of every process. */
  attach(io: Server): void {
    const [pub, sub] = this.clients as [Redis, Redis];
    io.adapter(createAdapter(pub, sub, { key: `${this.prefix}socket.io` }));
  }

  /** Closes what the store does not: presence, the feed's, the adapter's and the limiter's connections. */
  async close(): Promise<void> {
    await this.presence.close();
    await this.feed.closeAll();
    for (const client of this.clients) client.disconnect();
  }
}
