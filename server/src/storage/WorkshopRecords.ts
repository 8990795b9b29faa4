import type { WorkshopRecord } from './Store.js';

/**
 * What every store does to a workshop record in terms of one read-change-write of it. Each store
 * supplies `updateWorkshop` (LevelDB through its claim queue, Redis by compare-and-set), and these
 * changes are written once for both.
 */
export abstract class WorkshopRecords {
  /** Applies `change` to the stored record as one step; the record after, or undefined when none. */
  protected abstract updateWorkshop(
    id: string,
    change: (record: WorkshopRecord) => WorkshopRecord,
  ): Promise<WorkshopRecord | undefined>;

  endWorkshop(id: string, at: number): Promise<WorkshopRecord | undefined> {
    return this.updateWorkshop(id, (record) =>
      record.endedAt === undefined ? { ...record, endedAt: at } : record,
    );
  }

  async setFacilitatorKeyHash(id: string, hash: string): Promise<boolean> {
    return (
      (await this.updateWorkshop(id, (record) => ({ ...record, facilitatorKeyHash: hash }))) !== undefined
    );
  }

  async nextBoardGeneration(id: string): Promise<number | undefined> {
    const updated = await this.updateWorkshop(id, (record) => ({
      ...record,
      boardGeneration: (record.boardGeneration ?? 0) + 1,
    }));
    return updated?.boardGeneration;
  }
}
