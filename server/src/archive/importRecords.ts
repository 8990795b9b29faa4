/**
 * What a verified archive becomes in the store of a new workshop: its participants, its ballots
 * (anonymous ones under fresh ids, so nothing links them to people), its audit log verbatim, and
 * the entry that records the import. Pure: ids and time come from the caller.
 */
import { type Archive, POOLED_GROUP } from '@majlis/shared';
import type { AuditContent } from '../audit/auditChain.js';
import type { AuditEntry, BallotRecord, ParticipantRecord } from '../storage/Store.js';

export interface ImportRecords {
  readonly participants: readonly ParticipantRecord[];
  readonly ballots: readonly BallotRecord[];
  /** The source's audit log, unchanged: its chain still verifies in the new workshop. */
  readonly audit: readonly AuditEntry[];
  /** Appended after `audit`: where the workshop came from. */
  readonly imported: AuditContent;
}

export interface ImportTarget {
  readonly workshopId: string;
  readonly now: number;
  readonly newId: () => string;
}

/** The records of the new workshop `target.workshopId` made from `archive`. */
export function importRecords(archive: Archive, target: ImportTarget): ImportRecords {
  const { workshopId, now, newId } = target;
  const participants = archive.participants.map((p): ParticipantRecord => ({ ...p, workshopId }));
  const ballots = archive.ballots.map((b): BallotRecord => {
    if (!b.anonymous) {
      return {
        stageId: b.stageId,
        participantId: b.participantId,
        group: b.group,
        ballot: b.ballot,
        clientVoteId: newId(),
        castAt: b.castAt,
      };
    }
    // The pool of groups too small to show is what the results call `other`: it tallies the same.
    return {
      stageId: b.stageId,
      participantId: newId(),
      group: b.group === POOLED_GROUP ? 'other' : b.group,
      ballot: b.ballot,
      clientVoteId: newId(),
      castAt: now,
    };
  });
  return {
    participants,
    ballots,
    audit: archive.audit,
    imported: {
      at: now,
      action: 'imported',
      actorRole: 'system',
      details: {
        sourceWorkshopId: archive.workshop.id,
        archiveDigest: archive.digest,
        exportedAt: archive.exportedAt,
      },
    },
  };
}
