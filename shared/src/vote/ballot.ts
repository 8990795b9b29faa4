/**
 * Ballots: their wire shape (the check of one ballot against its vote is validateBallot.ts). The
 * kinds named here are `VoteKind` (voteKinds.ts): a new kind starts with its line below.
 */
import { z } from 'zod';
import { MAX_VOTE_TARGETS, STATUS_RATINGS } from './voteKinds.js';

const targetId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const counts = <T extends z.ZodType>(value: T) =>
  z.record(targetId, value).refine((r) => Object.keys(r).length <= MAX_VOTE_TARGETS, 'too many entries');

export const ballotSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dots'), allocations: counts(z.int().min(0).max(100)) }),
  z.strictObject({ kind: z.literal('rank'), order: z.array(targetId).min(1).max(MAX_VOTE_TARGETS) }),
  z.strictObject({
    kind: z.literal('score'),
    scores: counts(z.record(z.string().max(64), z.int().min(1).max(5))),
  }),
  z.strictObject({ kind: z.literal('poll'), choices: z.array(targetId).min(1).max(20) }),
  z.strictObject({ kind: z.literal('status'), ratings: counts(z.enum(STATUS_RATINGS)) }),
  // Empty is a ballot too: "none of these".
  z.strictObject({ kind: z.literal('approval'), approved: z.array(targetId).max(MAX_VOTE_TARGETS) }),
]);
export type Ballot = z.infer<typeof ballotSchema>;

/** The kinds a ballot may be, for the settings' schema (the kind's definitions are kinds/). */
export const BALLOT_KINDS = ballotSchema.options.map((o) => o.shape.kind.value);
