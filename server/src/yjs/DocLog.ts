/**
 * A workshop doc's stored log: every update appended in order, compacted into one now and then. The
 * writes run one after another in a chain, so a compaction never interleaves with an append.
 */
import type { Logger } from '../logger.js';
import type { Store } from '../storage/Store.js';

/** How many logged updates trigger a compaction into one. */
const COMPACT_AFTER = 500;

/** What a log that other processes append to as well (scale-out) does differently. */
export interface SharedLog {
  /**
   * Compaction is theirs as much as ours: it is done from the stored log, under a lock, never from
   * this process's copy. The merged size, or undefined when another process is at it.
   */
  compact(): Promise<number | undefined>;
  /** An append failed (the store was away): the doc now holds what the log lacks, to be stored again. */
  writeFailed(): void;
}

export class DocLog {
  private writes: Promise<void> = Promise.resolve();
  private failed = 0;
  private lastFailure: unknown;

  /**
   * @param state the doc's whole state now, which a compaction stores in place of the log
   * @param loggedUpdates how many updates the stored log holds
   * @param bytes the stored log's size
   */
  constructor(
    private readonly workshopId: string,
    private readonly store: Store,
    private readonly log: Logger,
    private readonly state: () => Uint8Array,
    private loggedUpdates: number,
    private bytes: number,
    /** With other processes appending to the same log (scale-out): see `SharedLog`. */
    private readonly shared?: SharedLog,
  ) {}

  /** Another process stored an update of this doc: the log grew by it. */
  noteRemote(bytes: number): void {
    this.bytes += bytes;
  }

  /** Bytes of the stored log: an upper bound of the doc's size, exact after each compaction. */
  get storedBytes(): number {
    return this.bytes;
  }

  /** Writes that failed so far; a change whose write failed must not be acknowledged. */
  get failedWrites(): number {
    return this.failed;
  }

  /** Why the latest failed write failed (a `StoreUnavailableError` while the store is down). */
  get lastWriteError(): unknown {
    return this.lastFailure;
  }

  /** Resolves once every write so far has finished. */
  whenStored(): Promise<void> {
    return this.writes;
  }

  /** Appends an update, and compacts once the log is long. */
  append(update: Uint8Array): void {
    this.writes = this.writes
      .then(() => this.store.appendDocUpdate(this.workshopId, update))
      .then(() => {
        this.loggedUpdates += 1;
        return this.loggedUpdates >= COMPACT_AFTER ? this.compact() : undefined;
      })
      .catch((error: unknown) => {
        this.failed += 1;
        this.lastFailure = error;
        this.shared?.writeFailed();
        this.log.error({ err: error, workshopId: this.workshopId }, 'doc write failed');
      });
    this.bytes += update.length;
  }

  /** The doc itself measures `bytes` (the log overstates it): take that, and compact so it is exact. */
  remeasured(bytes: number): void {
    this.bytes = bytes;
    this.writes = this.writes
      .then(() => this.compact())
      .catch((error: unknown) => {
        this.log.error({ err: error, workshopId: this.workshopId }, 'compaction failed');
      });
  }

  /** Waits for pending writes and compacts the log, so that the next load is one read. */
  async close(): Promise<void> {
    // Shared, the log may have grown by other processes' updates this one did not count.
    this.writes = this.writes.then(() =>
      this.loggedUpdates > 1 || this.shared ? this.compact() : undefined,
    );
    await this.writes;
  }

  /** Replaces the whole log with the doc's state. Runs inside the write chain, so nothing interleaves. */
  private async compact(): Promise<void> {
    if (this.shared) {
      const bytes = await this.shared.compact();
      // This process's count starts again even when another one holds the lock: it compacts.
      this.loggedUpdates = 1;
      if (bytes !== undefined) this.bytes = bytes;
      return;
    }
    const merged = this.state();
    await this.store.compactDoc(this.workshopId, merged, this.loggedUpdates);
    this.loggedUpdates = 1;
    this.bytes = merged.length;
  }
}
