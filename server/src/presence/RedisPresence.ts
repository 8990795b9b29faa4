/**
 * Presence across the processes of a scale-out deployment: a participant connected to two processes
 * counts once. Each process keeps its own connections (`LocalPresence`) and mirrors who is connected
 * to it into a Redis hash per workshop (`<instance> <participant>` → group), announcing each change
 * on one channel. Every process keeps the merged view of the workshops it serves in memory, so
 * `counts` and `present` stay synchronous map reads; it rereads a workshop's hash when told of a
 * change and on a heartbeat. A process that dies stops renewing its `instanceAlive` key, and its
 * entries stop counting once that expires.
 */
import { emptyGroupCounts, type PresenceCounts, type StakeholderGroup } from '@majlis/shared';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { RedisStore } from '../storage/RedisStore.js';
import { LocalPresence, type Presence } from './Presence.js';

/** How often a process renews its liveness and rereads the workshops it serves. */
const HEARTBEAT_MS = 5_000;
/** A process silent for this long is taken for dead. */
const ALIVE_MS = 15_000;
/** A workshop nobody here asked about, and with no participant here, stops being followed after this. */
const FORGET_AFTER_MS = 10 * 60_000;

export class RedisPresence implements Presence {
  private readonly local = new LocalPresence();
  /** The merged view, per workshop this process serves: participant → group. */
  private readonly merged = new Map<string, Map<string, StakeholderGroup>>();
  /** When each followed workshop was last asked about; one nobody asks about and with no one here is dropped. */
  private readonly asked = new Map<string, number>();
  private readonly listeners: Array<(workshopId: string) => void> = [];
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(
    private readonly store: RedisStore,
    private readonly redis: Redis,
    private readonly subscriber: Redis,
    private readonly log: Logger,
  ) {
    // The process where it changed broadcasts the new counts (to every process's sockets, through
    // the socket.io adapter); the others only bring their view up to date.
    subscriber.on('message', (_channel: string, workshopId: string) => {
      if (this.merged.has(workshopId)) void this.refresh(workshopId, false);
    });
    this.heartbeat = setInterval(() => void this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  static async create(store: RedisStore, log: Logger): Promise<RedisPresence> {
    const redis = store.connection();
    const subscriber = store.connection();
    await Promise.all([redis.connect(), subscriber.connect()]);
    await subscriber.subscribe(store.keys.presenceChannel);
    const presence = new RedisPresence(store, redis, subscriber, log);
    await presence.beat();
    return presence;
  }

  join(workshopId: string, participantId: string, group: StakeholderGroup): PresenceCounts {
    const first = !this.local.present(workshopId).includes(participantId);
    this.local.join(workshopId, participantId, group);
    // Counted at once here; the other processes learn it through Redis.
    this.view(workshopId).set(participantId, group);
    if (first) void this.mirror(workshopId, participantId, group);
    return this.counts(workshopId);
  }

  leave(workshopId: string, participantId: string): PresenceCounts {
    this.local.leave(workshopId, participantId);
    // They may still be connected to another process: the merged view drops them once Redis says so.
    if (!this.local.present(workshopId).includes(participantId)) void this.mirror(workshopId, participantId);
    return this.counts(workshopId);
  }

  counts(workshopId: string): PresenceCounts {
    const view = this.view(workshopId);
    const byGroup = emptyGroupCounts();
    for (const group of view.values()) byGroup[group] += 1;
    return { total: view.size, byGroup };
  }

  present(workshopId: string): string[] {
    return [...this.view(workshopId).keys()];
  }

  watch(listener: (workshopId: string) => void): void {
    this.listeners.push(listener);
  }

  /** Takes this process's participants out of Redis and stops. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    const id = this.store.instanceId;
    try {
      const pipeline = this.redis.multi();
      for (const workshopId of this.merged.keys()) {
        const own = this.local.present(workshopId).map((p) => field(id, p));
        if (own.length > 0) pipeline.hdel(this.store.keys.presence(workshopId), ...own);
        pipeline.publish(this.store.keys.presenceChannel, workshopId);
      }
      pipeline.del(this.store.keys.instanceAlive(id));
      await pipeline.exec();
    } catch (err) {
      this.log.warn({ err }, 'presence not cleared from Redis; it expires with this process');
    }
    this.subscriber.disconnect();
    this.redis.disconnect();
  }

  /** The merged view of a workshop; the first ask starts following it (filled from Redis shortly). */
  private view(workshopId: string): Map<string, StakeholderGroup> {
    this.asked.set(workshopId, Date.now());
    let view = this.merged.get(workshopId);
    if (!view) {
      view = new Map();
      for (const participantId of this.local.present(workshopId)) {
        const group = this.local.groupOf(workshopId, participantId);
        if (group) view.set(participantId, group);
      }
      this.merged.set(workshopId, view);
      void this.refresh(workshopId, true);
    }
    return view;
  }

  /** Writes one of this process's participants to Redis (or removes them: no group) and tells the others. */
  private async mirror(workshopId: string, participantId: string, group?: StakeholderGroup): Promise<void> {
    const key = this.store.keys.presence(workshopId);
    const f = field(this.store.instanceId, participantId);
    try {
      await (group ? this.redis.hset(key, f, group) : this.redis.hdel(key, f));
      await this.redis.publish(this.store.keys.presenceChannel, workshopId);
      await this.refresh(workshopId, true);
    } catch (err) {
      // The heartbeat writes this process's participants again once Redis is back.
      this.log.warn({ err, workshopId }, 'presence change not shared');
    }
  }

  /** Renews this process's liveness, writes its participants again, and rereads every followed workshop. */
  private async beat(): Promise<void> {
    const id = this.store.instanceId;
    const stale = Date.now() - FORGET_AFTER_MS;
    for (const workshopId of this.merged.keys()) {
      if ((this.asked.get(workshopId) ?? 0) < stale && this.local.present(workshopId).length === 0) {
        this.merged.delete(workshopId);
        this.asked.delete(workshopId);
      }
    }
    try {
      const pipeline = this.redis.multi().set(this.store.keys.instanceAlive(id), '1', 'PX', ALIVE_MS);
      for (const workshopId of this.merged.keys()) {
        for (const participantId of this.local.present(workshopId)) {
          const group = this.local.groupOf(workshopId, participantId);
          if (group) pipeline.hset(this.store.keys.presence(workshopId), field(id, participantId), group);
        }
      }
      await pipeline.exec();
      await Promise.all([...this.merged.keys()].map((w) => this.refresh(w, true)));
    } catch (err) {
      this.log.warn({ err }, 'presence heartbeat failed');
    }
  }

  /** Rereads a workshop's presence from Redis; tells the listeners when it changed and `announce` is set. */
  private async refresh(workshopId: string, announce: boolean): Promise<void> {
    try {
      const entries = await this.redis.hgetall(this.store.keys.presence(workshopId));
      const byInstance = new Map<string, Array<[string, string, StakeholderGroup]>>();
      for (const [f, group] of Object.entries(entries)) {
        const [instance, participantId] = f.split(' ') as [string, string];
        const list = byInstance.get(instance) ?? [];
        list.push([f, participantId, group as StakeholderGroup]);
        byInstance.set(instance, list);
      }
      const instances = [...byInstance.keys()];
      const alive =
        instances.length === 0
          ? []
          : await this.redis.mget(...instances.map((i) => this.store.keys.instanceAlive(i)));
      const next = new Map<string, StakeholderGroup>();
      const dead: string[] = [];
      instances.forEach((instance, i) => {
        const live = alive[i] !== null || instance === this.store.instanceId;
        for (const [f, participantId, group] of byInstance.get(instance) ?? []) {
          if (live) next.set(participantId, group);
          else dead.push(f);
        }
      });
      // What this process has but Redis does not have yet (a write on its way) still counts.
      for (const participantId of this.local.present(workshopId)) {
        const group = this.local.groupOf(workshopId, participantId);
        if (group && !next.has(participantId)) next.set(participantId, group);
      }
      if (dead.length > 0) await this.redis.hdel(this.store.keys.presence(workshopId), ...dead);
      const before = this.merged.get(workshopId);
      this.merged.set(workshopId, next);
      if (announce && !sameView(before, next)) for (const listener of this.listeners) listener(workshopId);
    } catch (err) {
      this.log.debug({ err, workshopId }, 'presence refresh failed');
    }
  }
}

const field = (instanceId: string, participantId: string) => `${instanceId} ${participantId}`;

function sameView(a: Map<string, StakeholderGroup> | undefined, b: Map<string, StakeholderGroup>): boolean {
  if (!a || a.size !== b.size) return false;
  for (const [participantId, group] of b) if (a.get(participantId) !== group) return false;
  return true;
}
