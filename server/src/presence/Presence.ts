import { emptyGroupCounts, type PresenceCounts, type StakeholderGroup } from '@majlis/shared';

/**
 * Who is connected now, per workshop. A participant with two tabs counts once. In-process for the
 * embedded default; scale-out replaces it with one that shares counts through Redis.
 */
export interface Presence {
  /** Records a connection; returns the workshop's new counts. */
  join(workshopId: string, participantId: string, group: StakeholderGroup): PresenceCounts;
  /** Records a disconnection; returns the workshop's new counts. */
  leave(workshopId: string, participantId: string): PresenceCounts;
  counts(workshopId: string): PresenceCounts;
  /** The participants connected now. */
  present(workshopId: string): string[];
  /**
   * Calls `listener` when a workshop's counts changed other than by this process's own `join` or
   * `leave` (another process's connections, in scale-out), so the caller broadcasts them.
   */
  watch?(listener: (workshopId: string) => void): void;
}

export class LocalPresence implements Presence {
  private readonly rooms = new Map<string, Map<string, { group: StakeholderGroup; connections: number }>>();

  join(workshopId: string, participantId: string, group: StakeholderGroup): PresenceCounts {
    let room = this.rooms.get(workshopId);
    if (!room) {
      room = new Map();
      this.rooms.set(workshopId, room);
    }
    const entry = room.get(participantId);
    if (entry) entry.connections += 1;
    else room.set(participantId, { group, connections: 1 });
    return this.counts(workshopId);
  }

  leave(workshopId: string, participantId: string): PresenceCounts {
    const room = this.rooms.get(workshopId);
    const entry = room?.get(participantId);
    if (room && entry) {
      entry.connections -= 1;
      if (entry.connections <= 0) room.delete(participantId);
      if (room.size === 0) this.rooms.delete(workshopId);
    }
    return this.counts(workshopId);
  }

  present(workshopId: string): string[] {
    return [...(this.rooms.get(workshopId)?.keys() ?? [])];
  }

  /** The group of a participant connected now. */
  groupOf(workshopId: string, participantId: string): StakeholderGroup | undefined {
    return this.rooms.get(workshopId)?.get(participantId)?.group;
  }

  counts(workshopId: string): PresenceCounts {
    const byGroup = emptyGroupCounts();
    const room = this.rooms.get(workshopId);
    for (const { group } of room?.values() ?? []) byGroup[group] += 1;
    return { total: room?.size ?? 0, byGroup };
  }
}
