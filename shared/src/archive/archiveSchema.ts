/**
 * The complete archive of a workshop: what `GET /api/workshops/:id/export.json` writes and
 * `POST /api/workshops/import` reads back into a new workshop (a continuation for the next review
 * cycle). Defined once here; the server builds and verifies it, never a second shape.
 *
 * Integrity: `digest` is the sha256 (hex) of the canonical JSON of every other field (object keys
 * sorted at every depth, no whitespace). It detects any edit or corruption of the file. The audit
 * entries inside form a hash chain whose final hash is printed in the minutes, which anchors the
 * archive to a paper record: an archive whose chain ends elsewhere is not the one those minutes
 * describe. The digest is not a signature: someone determined to forge an archive can edit it and
 * compute a new digest; only the anchor in the minutes would then show the difference.
 *
 * Anonymity: ballots are kept only as far as the vote's anonymity allows (see `ArchiveBallot`).
 * Who wrote each idea is in `itemAuthors`, beside the doc and never in it: an archive is the
 * facilitator's record, but the doc inside it is what every phone of the imported workshop reads.
 * No credential and no hash of one is ever part of an archive.
 *
 * Versions: 1 kept each idea's author in the doc (schema 1) and has no `itemAuthors`; 2 adds
 * `itemAuthors`. Both are read; an import of a version 1 archive takes the authors out of its doc.
 */
import { z } from 'zod';
import { groupSchema, idSchema, lineText, localeSchema, optionalLine } from '../fields.js';
import { LIMITS } from '../limits.js';
import { ballotSchema } from '../vote/ballot.js';

/** What `format` says in every archive. */
export const ARCHIVE_FORMAT = 'majlis-archive';
/** The archive layout this code writes. */
export const ARCHIVE_VERSION = 2;
/** The archive layouts this code reads. */
export const READABLE_ARCHIVE_VERSIONS: readonly number[] = [1, 2];

/** Bounds on an archive's lists, beyond the body size limit (`LIMITS.archiveBytes`). */
export const ARCHIVE_LIMITS = {
  participants: 10_000,
  ballots: 100_000,
  auditEntries: 100_000,
  itemAuthors: 100_000,
  /** Nesting depth of an audit entry's details. */
  detailsDepth: 24,
} as const;

/**
 * The label an anonymous ballot carries instead of its stakeholder group when that group is not
 * shown on its own in the vote's results (fewer than `MIN_GROUP_SIZE` voters, or absorbed into the
 * pool to protect it).
 */
export const POOLED_GROUP = 'pooled';

const timestamp = z.int().min(0).max(8_640_000_000_000_000);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 digest in lowercase hex');

/** True when a JSON value nests no deeper than `max` (checked without recursion). */
function nestsAtMost(value: unknown, max: number): boolean {
  const stack: Array<{ v: unknown; depth: number }> = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return false;
    for (const child of Object.values(v)) stack.push({ v: child, depth: depth + 1 });
  }
  return true;
}

/** The workshop's own record. Never its facilitator key, nor the key's hash. */
export const archiveWorkshopSchema = z.strictObject({
  /** The workshop the archive was taken from; an import makes a new id. */
  id: idSchema,
  title: lineText(LIMITS.workshopTitle),
  locale: localeSchema,
  createdAt: timestamp,
});
export type ArchiveWorkshop = z.infer<typeof archiveWorkshopSchema>;

/** Someone who joined the workshop. Ids are kept: items and named ballots refer to them. */
export const archiveParticipantSchema = z.strictObject({
  id: idSchema,
  name: lineText(LIMITS.participantName),
  organization: optionalLine(LIMITS.organization),
  group: groupSchema,
  locale: localeSchema,
  createdAt: timestamp,
  nameInMinutes: z.boolean(),
  /** When the facilitator removed them; their ballots are not in the archive. */
  removedAt: timestamp.optional(),
});
export type ArchiveParticipant = z.infer<typeof archiveParticipantSchema>;

/**
 * A ballot, as far as its vote's anonymity allows. A named vote's ballot keeps who cast it and
 * when. An anonymous vote's ballot keeps neither: only what was cast and the stakeholder group, and
 * the group only when the vote's results show it on its own (otherwise `POOLED_GROUP`). Anonymous
 * ballots are listed in a canonical order (by stage, group and content), never in cast order.
 */
export const archiveBallotSchema = z.discriminatedUnion('anonymous', [
  z.strictObject({
    anonymous: z.literal(false),
    stageId: idSchema,
    participantId: idSchema,
    group: groupSchema,
    ballot: ballotSchema,
    castAt: timestamp,
  }),
  z.strictObject({
    anonymous: z.literal(true),
    stageId: idSchema,
    group: z.union([groupSchema, z.literal(POOLED_GROUP)]),
    ballot: ballotSchema,
  }),
]);
export type ArchiveBallot = z.infer<typeof archiveBallotSchema>;

/** Who wrote one idea of the doc: one of the archive's participants. */
export const archiveItemAuthorSchema = z.strictObject({
  itemId: idSchema,
  participantId: idSchema,
});
export type ArchiveItemAuthor = z.infer<typeof archiveItemAuthorSchema>;

/** One audit log entry, verbatim: its hash chain must still verify. */
export const archiveAuditEntrySchema = z.strictObject({
  seq: z.int().min(1).max(ARCHIVE_LIMITS.auditEntries),
  at: timestamp,
  action: z.string().min(1).max(64),
  actorRole: z.string().max(32),
  stageId: z.string().max(64).optional(),
  details: z
    .unknown()
    .refine((v) => nestsAtMost(v, ARCHIVE_LIMITS.detailsDepth), 'nests too deep')
    .optional(),
  prevHash: z.union([z.literal(''), sha256Hex]),
  hash: sha256Hex,
});
export type ArchiveAuditEntry = z.infer<typeof archiveAuditEntrySchema>;

/** Everything of an archive but its digest: what the digest is computed over. */
export const archiveContentSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.union([z.literal(1), z.literal(ARCHIVE_VERSION)]),
  exportedAt: timestamp,
  workshop: archiveWorkshopSchema,
  /** The whole Yjs doc: base64 of `Y.encodeStateAsUpdate`. */
  doc: z
    .string()
    .min(4)
    .max(LIMITS.archiveBytes)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
    .refine((s) => s.length % 4 === 0, 'must be base64'),
  participants: z.array(archiveParticipantSchema).max(ARCHIVE_LIMITS.participants),
  ballots: z.array(archiveBallotSchema).max(ARCHIVE_LIMITS.ballots),
  audit: z.array(archiveAuditEntrySchema).max(ARCHIVE_LIMITS.auditEntries),
  /** Version 2 on: who wrote each participant's idea, by item id order. Absent in version 1. */
  itemAuthors: z.array(archiveItemAuthorSchema).max(ARCHIVE_LIMITS.itemAuthors).optional(),
});
export type ArchiveContent = z.infer<typeof archiveContentSchema>;

/** A complete workshop archive (`export.json`). */
export const archiveSchema = archiveContentSchema.extend({ digest: sha256Hex });
export type Archive = z.infer<typeof archiveSchema>;
