/**
 * Reads an archive someone uploads, trusting nothing: its shape and bounds, its digest, its audit
 * chain, that its doc decodes and holds the workshop it claims, and that its ballots and item
 * authors fit that doc and its participants. Pure (no store, no clock); everything is checked before
 * anything is written. A doc of an older schema comes out migrated: the authors a version 1 archive
 * kept in its doc leave it, and are handed over beside it.
 */
import {
  ARCHIVE_FORMAT,
  type Archive,
  archiveSchema,
  authorsInDoc,
  ErrorCode,
  fail,
  findStage,
  migrateWorkshopDoc,
  ok,
  READABLE_ARCHIVE_VERSIONS,
  type Result,
  readItems,
  readWorkshop,
  SCHEMA_VERSION,
  validateBallot,
} from '@majlis/shared';
import * as Y from 'yjs';
import type { z } from 'zod';
import { verifyChain } from '../audit/auditChain.js';
import type { ItemAuthorRecord } from '../storage/Store.js';
import { archiveDigest } from './archiveDigest.js';

/** An archive that passed every check, with its doc decoded to bytes. */
export interface VerifiedArchive {
  readonly archive: Archive;
  /**
   * The workshop's Yjs state (`Y.encodeStateAsUpdate`), known to decode completely, at the current
   * doc schema (no authors in it).
   */
  readonly doc: Uint8Array;
  /** Who wrote each idea: the archive's `itemAuthors`, or what a version 1 doc recorded. */
  readonly authors: readonly ItemAuthorRecord[];
}

const invalid = (message: string) => fail<VerifiedArchive>(ErrorCode.invalidArchive, message);

/** The first few problems of a failed parse, each with where it is; a bad archive may have thousands. */
function describeIssues(error: z.ZodError, max = 5): string {
  const shown = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? 'archive' : path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return `The archive is not in the expected form. ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** Decodes the doc, or says why it cannot be used. Yjs may throw on crafted bytes: caught here. */
function readDoc(archive: Archive, maxDocBytes: number): Result<{ bytes: Uint8Array; doc: Y.Doc }> {
  const bytes = new Uint8Array(Buffer.from(archive.doc, 'base64'));
  if (bytes.length > maxDocBytes) {
    return fail(ErrorCode.payloadTooLarge, 'The workshop in this archive is larger than this server takes.');
  }
  // An empty update loops forever in some Yjs versions (yjs #498); a real one has at least 2 bytes.
  if (bytes.length < 2) return fail(ErrorCode.invalidArchive, 'The archive’s workshop document is empty.');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, bytes);
  } catch {
    doc.destroy();
    return fail(ErrorCode.invalidArchive, 'The archive’s workshop document cannot be read.');
  }
  // Content that builds on missing content is held back by Yjs, not applied: the doc is incomplete.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    doc.destroy();
    return fail(ErrorCode.invalidArchive, 'The archive’s workshop document is incomplete.');
  }
  return ok({ bytes, doc });
}

/** Ballots must belong to vote stages of the doc, with the doc's anonymity, and to real participants. */
function checkBallots(archive: Archive, doc: Y.Doc): Result<true> {
  const participants = new Set<string>();
  const groups = new Map<string, string>();
  for (const p of archive.participants) {
    if (participants.has(p.id)) return fail(ErrorCode.invalidArchive, `Participant ${p.id} is listed twice.`);
    participants.add(p.id);
    groups.set(p.id, p.group);
  }
  const named = new Set<string>();
  const anonymousPerStage = new Map<string, number>();
  for (const b of archive.ballots) {
    const stage = findStage(doc, b.stageId);
    if (stage?.kind !== 'vote') {
      return fail(
        ErrorCode.invalidArchive,
        `A ballot is for ${b.stageId}, which is not a vote of this workshop.`,
      );
    }
    // A vote with no settings never took ballots; counting it anonymous is the safe side.
    const anonymous = stage.vote?.settings?.anonymous !== false;
    if (b.anonymous !== anonymous) {
      return fail(
        ErrorCode.invalidArchive,
        `A ballot of vote ${b.stageId} is ${b.anonymous ? 'anonymous' : 'named'}, but the vote is not.`,
      );
    }
    // Every ballot must be one the vote could have taken: the kind, the budget, the frozen targets.
    const settings = stage.vote?.settings;
    if (!settings || !validateBallot(settings, stage.vote?.targets ?? [], b.ballot).ok) {
      return fail(ErrorCode.invalidArchive, `A ballot of vote ${b.stageId} is not one that vote could take.`);
    }
    if (b.anonymous) {
      const count = (anonymousPerStage.get(b.stageId) ?? 0) + 1;
      if (count > participants.size) {
        return fail(ErrorCode.invalidArchive, `Vote ${b.stageId} has more ballots than participants.`);
      }
      anonymousPerStage.set(b.stageId, count);
      continue;
    }
    const voter = groups.get(b.participantId);
    if (voter === undefined) {
      return fail(ErrorCode.invalidArchive, `A ballot is by ${b.participantId}, who is not a participant.`);
    }
    if (voter !== b.group) {
      return fail(
        ErrorCode.invalidArchive,
        `A ballot of ${b.participantId} names another group than theirs.`,
      );
    }
    const key = `${b.stageId}/${b.participantId}`;
    if (named.has(key)) {
      return fail(ErrorCode.invalidArchive, `${b.participantId} has two ballots in vote ${b.stageId}.`);
    }
    named.add(key);
  }
  return ok(true);
}

/**
 * Who wrote the doc's ideas. Version 2 lists them, and each must be a participant's idea in the doc,
 * once. Version 1 kept them in the doc; authors who are not among its participants could never sign
 * in again, and are left out.
 */
function itemAuthors(archive: Archive, doc: Y.Doc): Result<ItemAuthorRecord[]> {
  const participants = new Set(archive.participants.map((p) => p.id));
  if (archive.version === 1) return ok(authorsInDoc(doc).filter((a) => participants.has(a.participantId)));
  if (archive.itemAuthors === undefined) {
    return fail(ErrorCode.invalidArchive, 'A version 2 archive lists who wrote its ideas (itemAuthors).');
  }
  const stageOf = new Map(readItems(doc).map((item) => [item.id, item.stageId]));
  const seen = new Set<string>();
  const out: ItemAuthorRecord[] = [];
  for (const { itemId, participantId } of archive.itemAuthors) {
    const stageId = stageOf.get(itemId);
    if (stageId === undefined)
      return fail(
        ErrorCode.invalidArchive,
        `An author is given for ${itemId}, which is not an idea of this workshop.`,
      );
    if (!participants.has(participantId)) {
      return fail(
        ErrorCode.invalidArchive,
        `Idea ${itemId} is by ${participantId}, who is not a participant.`,
      );
    }
    if (seen.has(itemId)) return fail(ErrorCode.invalidArchive, `Idea ${itemId} has two authors.`);
    seen.add(itemId);
    out.push({ itemId, participantId, stageId });
  }
  return ok(out);
}

/** Checks an uploaded archive completely; the error says what is wrong with it. */
export function readArchive(body: unknown, options: { maxDocBytes: number }): Result<VerifiedArchive> {
  const head = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (head.format !== ARCHIVE_FORMAT) {
    return fail(ErrorCode.badRequest, 'This is not a Majlis workshop archive (export.json).');
  }
  if (!READABLE_ARCHIVE_VERSIONS.includes(head.version as number)) {
    return invalid(
      `This archive is version ${String(head.version).slice(0, 20)}; this server reads versions ${READABLE_ARCHIVE_VERSIONS.join(' and ')}.`,
    );
  }
  const parsed = archiveSchema.safeParse(body);
  if (!parsed.success) return fail(ErrorCode.badRequest, describeIssues(parsed.error));
  const archive = parsed.data;
  if (archive.version === 1 && archive.itemAuthors !== undefined) {
    return invalid('A version 1 archive has no itemAuthors: its authors are in its doc.');
  }
  if (archiveDigest(archive) !== archive.digest) {
    return invalid('The archive’s digest does not match its content: it was edited or damaged.');
  }
  const chain = verifyChain(archive.audit);
  if (!chain.valid) {
    return invalid(`The archive’s audit log is broken at entry ${chain.brokenAt}: it was edited.`);
  }
  const read = readDoc(archive, options.maxDocBytes);
  if (!read.ok) return read;
  const { bytes, doc } = read.value;
  try {
    const workshop = readWorkshop(doc);
    if (!workshop) return invalid('The archive’s document holds no workshop.');
    if (workshop.meta.id !== archive.workshop.id) {
      return invalid('The archive’s document belongs to another workshop than the archive.');
    }
    const ballots = checkBallots(archive, doc);
    if (!ballots.ok) return ballots;
    const authors = itemAuthors(archive, doc);
    if (!authors.ok) return authors;
    // An older doc is migrated here, so the imported workshop's doc never holds an author.
    const migrated = migrateWorkshopDoc(doc) < SCHEMA_VERSION;
    return ok({ archive, doc: migrated ? Y.encodeStateAsUpdate(doc) : bytes, authors: authors.value });
  } catch {
    // The readers are defensive, but this doc came from outside: whatever it does is a refusal, not a crash.
    return invalid('The archive’s workshop document cannot be read.');
  } finally {
    doc.destroy();
  }
}
