/**
 * How a workshop's doc is shared with the other server processes of a scale-out deployment; absent
 * when the server runs alone. Every process that holds the doc gets every update another one stored.
 */
export interface DocFeed {
  /** Starts listening for the doc's updates, then reads its stored log: nothing stored in between is missed. */
  open(workshopId: string): Promise<OpenedDoc>;
  /**
   * Stops listening (the room closed). `target` is the room that closes: a room of the same workshop
   * opened meanwhile (the old one closing as the new one loads) keeps listening.
   */
  close(workshopId: string, target?: FeedTarget): Promise<void>;
  /**
   * Compacts the stored log from what is stored, never from this process's copy (which may lack
   * another's latest updates): the merged size, or undefined when another process is at it.
   */
  compact(workshopId: string): Promise<number | undefined>;
  /**
   * An append of this process failed: reconcile the room with the stored log (`FeedTarget.reconcile`)
   * as soon as the store answers again, so what only this process holds is stored after all.
   */
  repair(workshopId: string): void;
  /**
   * Whether the shared store answers now. A command is refused as `unavailable` before anything is
   * applied while it does not, so no refused change can be stored later by `repair`.
   */
  readonly available: boolean;
}

/** What a room does with the feed: the updates other processes stored, and a resync after an outage. */
export interface FeedTarget {
  /** Applies an update another process stored: fanned out to this process's clients, not stored again. */
  applyRemote(update: Uint8Array): void;
  /**
   * Takes in the whole stored log, read again after updates may have been missed (Redis went away):
   * applies what it lacks, and stores again what only this process has (changes whose write failed).
   */
  reconcile(stored: Uint8Array[]): void;
}

export interface OpenedDoc {
  /** The stored log at opening, oldest first. */
  readonly updates: Uint8Array[];
  /** Delivers to the loaded room, from the updates stored after `updates` on. */
  start(target: FeedTarget): void;
}
