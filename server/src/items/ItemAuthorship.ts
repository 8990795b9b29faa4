/**
 * Who wrote each idea of one workshop. Only the server knows it: the shared doc is read by every
 * phone and the board, and an author's id there (or anything derived from it) would let anyone
 * group the ideas by person. Loaded once per room from the store and kept in memory, so every check
 * on the command path is a map lookup, however long the lists are.
 */
import type { ItemAuthor } from '@majlis/shared';
import type { ItemAuthorRecord, Store } from '../storage/Store.js';
import type { Room } from '../yjs/Room.js';

const stageKey = (stageId: string, participantId: string) => `${stageId}\u0000${participantId}`;

export class ItemAuthorship {
  private readonly byItem = new Map<string, ItemAuthorRecord>();
  /** participantId → their item ids, in the order they were recorded. */
  private readonly byAuthor = new Map<string, string[]>();
  /** stage + participant → how many ideas they added there (the per-person cap). */
  private readonly perStage = new Map<string, number>();

  private constructor(
    private readonly store: Store,
    readonly workshopId: string,
    records: readonly ItemAuthorRecord[],
  ) {
    for (const record of records) this.note(record);
  }

  /** The authorship of a workshop as the store holds it. */
  static async load(store: Store, workshopId: string): Promise<ItemAuthorship> {
    return new ItemAuthorship(store, workshopId, await store.listItemAuthors(workshopId));
  }

  /** The participant who wrote an item; undefined for the facilitator's own ideas and unknown ids. */
  authorOf(itemId: string): string | undefined {
    return this.byItem.get(itemId)?.participantId;
  }

  /** The ids of every item a participant wrote, in any stage and status. */
  itemsOf(participantId: string): readonly string[] {
    return this.byAuthor.get(participantId) ?? [];
  }

  /** How many ideas a participant added to a stage (of any status since). */
  countIn(stageId: string, participantId: string): number {
    return this.perStage.get(stageKey(stageId, participantId)) ?? 0;
  }

  /** Every author, for facilitators. */
  all(): ItemAuthor[] {
    return [...this.byItem.values()].map(({ itemId, participantId }) => ({ itemId, participantId }));
  }

  /**
   * Records who wrote these items. They count at once, before the write (so a concurrent add by the
   * same person already sees them), and are taken back if the write fails, so a retry records them
   * again. An item already recorded keeps its record.
   */
  async record(records: readonly ItemAuthorRecord[]): Promise<void> {
    const added = records.filter((record) => this.note(record));
    if (added.length === 0) return;
    try {
      await this.store.putItemAuthors(this.workshopId, added);
    } catch (err) {
      for (const record of added) this.forget(record);
      throw err;
    }
  }

  /**
   * Takes in what the store has and this copy lacks: authorship other processes recorded (scale-out),
   * whose ideas reach this process through the doc feed. Records already here are kept.
   */
  async refresh(): Promise<void> {
    for (const record of await this.store.listItemAuthors(this.workshopId)) this.note(record);
  }

  private note(record: ItemAuthorRecord): boolean {
    if (this.byItem.has(record.itemId)) return false;
    const { itemId, participantId, stageId } = record;
    this.byItem.set(itemId, { itemId, participantId, stageId });
    const own = this.byAuthor.get(participantId);
    if (own) own.push(itemId);
    else this.byAuthor.set(participantId, [itemId]);
    const key = stageKey(stageId, participantId);
    this.perStage.set(key, (this.perStage.get(key) ?? 0) + 1);
    return true;
  }

  private forget(record: ItemAuthorRecord): void {
    this.byItem.delete(record.itemId);
    const own = this.byAuthor.get(record.participantId);
    const at = own?.indexOf(record.itemId) ?? -1;
    if (own && at >= 0) own.splice(at, 1);
    const key = stageKey(record.stageId, record.participantId);
    this.perStage.set(key, Math.max(0, (this.perStage.get(key) ?? 1) - 1));
  }
}

const attached = new WeakMap<Room, ItemAuthorship>();

/** Gives a loaded room its authorship; `DocRegistry` does it before anyone gets the room. */
export function attachAuthorship(room: Room, authorship: ItemAuthorship): void {
  attached.set(room, authorship);
}

/** Who wrote the ideas of a room's workshop. Every room `DocRegistry` hands out has it. */
export function authorshipOf(room: Room): ItemAuthorship {
  const authorship = attached.get(room);
  if (!authorship) throw new Error(`the room of ${room.workshopId} was not prepared by DocRegistry`);
  return authorship;
}
