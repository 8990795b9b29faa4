/**
 * Builds a workshop's archive from what the server holds. Pure: the caller reads the store and the
 * doc; this decides what goes in, in which order, and how much of each ballot anonymity allows.
 */
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type Archive,
  type ArchiveAuditEntry,
  type ArchiveBallot,
  type ArchiveContent,
  type ArchiveItemAuthor,
  type ArchiveParticipant,
  POOLED_GROUP,
  type StageView,
  type StakeholderGroup,
  tallyVote,
} from '@majlis/shared';
import { canonicalJson } from '../audit/auditChain.js';
import type { AuditEntry, BallotRecord, ParticipantRecord, WorkshopRecord } from '../storage/Store.js';
import { archiveDigest } from './archiveDigest.js';

/** Everything an archive is made of. */
export interface ArchiveSource {
  readonly workshop: WorkshopRecord;
  /** `Y.encodeStateAsUpdate` of the workshop's doc. */
  readonly doc: Uint8Array;
  readonly participants: readonly ParticipantRecord[];
  /** Each vote stage of the doc with the ballots the store holds for it. */
  readonly votes: ReadonlyArray<{ readonly stage: StageView; readonly ballots: readonly BallotRecord[] }>;
  readonly audit: readonly AuditEntry[];
  /** Who wrote each participant's idea of the doc. */
  readonly itemAuthors: readonly ArchiveItemAuthor[];
  readonly exportedAt: number;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The groups an anonymous vote's results show on their own: the same rule as the results, so the
 * archive tells no more about who voted what than the minutes do, and tallies the same.
 */
function shownGroups(stage: StageView, ballots: readonly BallotRecord[]): ReadonlySet<StakeholderGroup> {
  const settings = stage.vote?.settings;
  if (!settings) return new Set();
  const results = tallyVote(settings, stage.vote?.targets ?? [], ballots);
  return new Set(results.byGroup.flatMap((g) => (g.group === 'other' ? [] : [g.group])));
}

/** A vote's ballots as anonymity allows. A vote without settings counts as anonymous. */
export function archiveBallots(stage: StageView, ballots: readonly BallotRecord[]): ArchiveBallot[] {
  if (stage.vote?.settings?.anonymous === false) {
    return [...ballots]
      .sort((a, b) => byText(a.participantId, b.participantId))
      .map((b) => ({
        anonymous: false,
        stageId: stage.id,
        participantId: b.participantId,
        group: b.group,
        ballot: b.ballot,
        castAt: b.castAt,
      }));
  }
  const shown = shownGroups(stage, ballots);
  // Sorted by what they say, so neither cast order nor the order of participant ids survives.
  return ballots
    .map((b): ArchiveBallot & { anonymous: true } => ({
      anonymous: true,
      stageId: stage.id,
      group: shown.has(b.group) ? b.group : POOLED_GROUP,
      ballot: b.ballot,
    }))
    .map((b) => ({ b, key: `${b.group}\u0000${canonicalJson(b.ballot)}` }))
    .sort((x, y) => byText(x.key, y.key))
    .map(({ b }) => b);
}

function archiveParticipant(p: ParticipantRecord): ArchiveParticipant {
  return {
    id: p.id,
    name: p.name,
    organization: p.organization,
    group: p.group,
    locale: p.locale,
    createdAt: p.createdAt,
    nameInMinutes: p.nameInMinutes === true,
    ...(typeof p.removedAt === 'number' ? { removedAt: p.removedAt } : {}),
  };
}

/** An audit entry with exactly the fields the chain covers, so its hash still verifies. */
function archiveAuditEntry(e: AuditEntry): ArchiveAuditEntry {
  return {
    seq: e.seq,
    at: e.at,
    action: e.action,
    actorRole: e.actorRole,
    ...(e.stageId !== undefined ? { stageId: e.stageId } : {}),
    ...(e.details !== undefined ? { details: e.details } : {}),
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** The complete archive, sealed with its digest. */
export function buildArchive(source: ArchiveSource): Archive {
  const removed = new Set(
    source.participants.filter((p) => typeof p.removedAt === 'number').map((p) => p.id),
  );
  const content: ArchiveContent = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: source.exportedAt,
    workshop: {
      id: source.workshop.id,
      title: source.workshop.title,
      locale: source.workshop.locale,
      createdAt: source.workshop.createdAt,
    },
    doc: Buffer.from(source.doc).toString('base64'),
    participants: source.participants
      .map(archiveParticipant)
      .sort((a, b) => a.createdAt - b.createdAt || byText(a.id, b.id)),
    // A removed participant's ballots count in no tally, so the archive leaves them out: once an
    // anonymous ballot is re-keyed on import, nothing could tell it apart any more.
    ballots: source.votes.flatMap(({ stage, ballots }) =>
      archiveBallots(
        stage,
        ballots.filter((b) => !removed.has(b.participantId)),
      ),
    ),
    audit: [...source.audit].sort((a, b) => a.seq - b.seq).map(archiveAuditEntry),
    itemAuthors: source.itemAuthors
      .map(({ itemId, participantId }) => ({ itemId, participantId }))
      .sort((a, b) => byText(a.itemId, b.itemId)),
  };
  return { ...content, digest: archiveDigest(content) };
}
