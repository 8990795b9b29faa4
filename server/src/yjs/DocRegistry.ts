import { prepareRoom } from '../items/prepareRoom.js';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/Store.js';
import type { DocFeed } from './DocFeed.js';
import { DEFAULT_MAX_DOC_BYTES, Room } from './Room.js';

/** How long a room with no connections stays in memory before it is closed. */
const IDLE_MS = 60_000;

/** Loads each workshop's room once, shares it, and closes it when idle. */
export class DocRegistry {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  /** The rooms whose load has finished, for the metrics. */
  private readonly loaded = new Map<string, Room>();

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly maxDocBytes = DEFAULT_MAX_DOC_BYTES,
    /** Shares each doc with the other processes (scale-out); absent when the server runs alone. */
    private readonly feed?: DocFeed,
  ) {}

  /**
   * The room of a workshop, loaded from the store on first use, its doc migrated to the current
   * schema and its authorship loaded before anyone (a command, a Yjs sync) sees it.
   */
  get(workshopId: string): Promise<Room> {
    this.touch(workshopId);
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = Room.load(workshopId, this.store, this.log, this.maxDocBytes, this.feed).then(async (loaded) => {
        await prepareRoom(loaded, this.store, this.log);
        return loaded;
      });
      const pending = room;
      pending.then(
        (loaded) => {
          if (this.rooms.get(workshopId) === pending) this.loaded.set(workshopId, loaded);
        },
        () => this.rooms.delete(workshopId),
      );
      this.rooms.set(workshopId, room);
    }
    return room;
  }

  /** Restarts the idle countdown; called on every use and when a connection leaves. */
  touch(workshopId: string): void {
    clearTimeout(this.idleTimers.get(workshopId));
    const timer = setTimeout(() => void this.closeIfIdle(workshopId), IDLE_MS);
    timer.unref();
    this.idleTimers.set(workshopId, timer);
  }

  private async closeIfIdle(workshopId: string): Promise<void> {
    this.idleTimers.delete(workshopId);
    const pending = this.rooms.get(workshopId);
    if (!pending) return;
    const room = await pending;
    if (room.connectionCount > 0) return;
    this.rooms.delete(workshopId);
    this.loaded.delete(workshopId);
    await room.close();
  }

  /** Loaded docs: how many, their stored bytes in all, and the largest. */
  stats(): { open: number; totalBytes: number; largestBytes: number } {
    let totalBytes = 0;
    let largestBytes = 0;
    for (const room of this.loaded.values()) {
      totalBytes += room.storedByteCount;
      largestBytes = Math.max(largestBytes, room.storedByteCount);
    }
    return { open: this.loaded.size, totalBytes, largestBytes };
  }

  /** Flushes and closes every room (graceful shutdown). */
  async closeAll(): Promise<void> {
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.idleTimers.clear();
    const rooms = [...this.rooms.values()];
    this.rooms.clear();
    this.loaded.clear();
    const settled = await Promise.allSettled(rooms);
    await Promise.all(settled.map((r) => (r.status === 'fulfilled' ? r.value.close() : Promise.resolve())));
  }
}
