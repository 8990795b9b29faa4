/**
 * The doc feed over Redis. Every update is appended to the doc's log in Redis and, in the same Lua
 * script, numbered and published (`RedisStore.appendDocUpdate`). A process holding the doc
 * subscribes before it reads the log, so it applies exactly the published updates numbered after
 * the log it read. Pub/sub delivers at most once: a gap in the numbers (or a reconnect to Redis)
 * makes it read the whole log again, which Yjs applies idempotently, and store again what only it
 * has. See docs/architecture.md, "Scale-out", for why pub/sub rather than streams.
 */
import type { Redis } from 'ioredis';
import * as Y from 'yjs';
import type { Logger } from '../logger.js';
import type { RedisStore } from '../storage/RedisStore.js';
import type { DocFeed, FeedTarget, OpenedDoc } from './DocFeed.js';

interface Published {
  readonly origin: string;
  readonly seq: number;
  readonly update: Uint8Array;
}

/** One held doc: the number of the latest update it has, and what arrived while it was (re)loading. */
interface Held {
  readonly workshopId: string;
  seq: number;
  loading: boolean;
  buffered: Published[];
  target?: FeedTarget;
}

const SPACE = 0x20;
/** How soon a resync that could not read the log tries again. */
const RESYNC_RETRY_MS = 1_000;

/** `<instance> <seq> <update>` as the append script publishes it; undefined if it is not that. */
export function parsePublished(message: Buffer): Published | undefined {
  const first = message.indexOf(SPACE);
  const second = first < 0 ? -1 : message.indexOf(SPACE, first + 1);
  if (second < 0) return undefined;
  const seq = Number(message.toString('latin1', first + 1, second));
  if (!Number.isSafeInteger(seq)) return undefined;
  const body = message.subarray(second + 1);
  return {
    origin: message.toString('latin1', 0, first),
    seq,
    update: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
  };
}

/** Merges stored updates into one, garbage-collected as a doc would hold them. */
function mergeStored(updates: Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export class RedisDocFeed implements DocFeed {
  /** By channel name. */
  private readonly held = new Map<string, Held>();
  private wasReady = true;

  private constructor(
    private readonly store: RedisStore,
    private readonly subscriber: Redis,
    private readonly log: Logger,
  ) {
    subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString(), message),
    );
    subscriber.on('close', () => {
      this.wasReady = false;
    });
    // ioredis subscribes to the channels again by itself; what was published meanwhile is lost to
    // us, so every held doc reads its log again.
    subscriber.on('ready', () => {
      if (this.wasReady) return;
      this.wasReady = true;
      for (const held of this.held.values()) void this.resync(held);
    });
  }

  /** A feed on its own subscriber connection; resolves once that is connected. */
  static async create(store: RedisStore, log: Logger): Promise<RedisDocFeed> {
    const subscriber = store.connection();
    await subscriber.connect();
    return new RedisDocFeed(store, subscriber, log);
  }

  async open(workshopId: string): Promise<OpenedDoc> {
    const channel = this.store.docChannel(workshopId);
    const held: Held = { workshopId, seq: 0, loading: true, buffered: [] };
    this.held.set(channel, held);
    try {
      await this.subscriber.subscribe(channel);
      const { updates, seq } = await this.store.loadDocLog(workshopId);
      held.seq = seq;
      return { updates, start: (target) => this.start(held, target) };
    } catch (err) {
      if (this.held.get(channel) === held) {
        this.held.delete(channel);
        await this.subscriber.unsubscribe(channel).catch(() => undefined);
      }
      throw err;
    }
  }

  async close(workshopId: string, target?: FeedTarget): Promise<void> {
    const channel = this.store.docChannel(workshopId);
    const held = this.held.get(channel);
    // A subscription is one per channel, not per room: leave a newer room's alone.
    if (!held || held.target !== target) return;
    this.held.delete(channel);
    await this.subscriber.unsubscribe(channel).catch(() => undefined);
  }

  compact(workshopId: string): Promise<number | undefined> {
    return this.store.compactDocLog(workshopId, mergeStored);
  }

  repair(workshopId: string): void {
    const held = this.held.get(this.store.docChannel(workshopId));
    if (held) void this.resync(held);
  }

  get available(): boolean {
    return this.store.available;
  }

  /** Stops listening to every doc and closes the subscriber connection. */
  async closeAll(): Promise<void> {
    this.held.clear();
    this.subscriber.disconnect();
  }

  private start(held: Held, target: FeedTarget): void {
    held.target = target;
    this.drain(held);
  }

  private receive(channel: string, message: Buffer): void {
    const held = this.held.get(channel);
    const published = parsePublished(message);
    if (!held || !published) return;
    if (held.loading) held.buffered.push(published);
    else this.handle(held, published);
  }

  private handle(held: Held, published: Published): void {
    if (published.seq <= held.seq) return;
    if (published.seq > held.seq + 1) {
      // One was lost on the way: the log has it.
      held.buffered.push(published);
      void this.resync(held);
      return;
    }
    held.seq = published.seq;
    if (published.origin === this.store.instanceId) return;
    try {
      held.target?.applyRemote(published.update);
    } catch (err) {
      this.log.error({ err, workshopId: held.workshopId }, 'a stored update from another process failed');
    }
  }

  /** Hands over what arrived while loading, in order, then takes messages as they come. */
  private drain(held: Held): void {
    const buffered = held.buffered.sort((a, b) => a.seq - b.seq);
    held.buffered = [];
    held.loading = false;
    for (const published of buffered) {
      if (held.loading) held.buffered.push(published);
      else this.handle(held, published);
    }
  }

  /** Reads the whole log again and reconciles the room with it. */
  private async resync(held: Held): Promise<void> {
    if (held.loading || !held.target) return;
    held.loading = true;
    try {
      const { updates, seq } = await this.store.loadDocLog(held.workshopId);
      held.target.reconcile(updates);
      // The log just read is the truth, numbering included: a Redis that came back empty numbers
      // from the start again, and keeping the older, higher number would ignore every new update.
      held.seq = seq;
      this.log.info({ workshopId: held.workshopId, seq }, 'doc resynced from Redis');
    } catch (err) {
      // Redis is still away: keep what arrived, and try again in a moment.
      this.log.warn({ err, workshopId: held.workshopId }, 'doc resync failed');
      held.loading = false;
      const retry = setTimeout(() => {
        if (this.held.get(this.store.docChannel(held.workshopId)) === held) void this.resync(held);
      }, RESYNC_RETRY_MS);
      retry.unref();
      return;
    }
    this.drain(held);
  }
}
