/**
 * The one registry of vote kinds. The generic code (validateBallot.ts, tally.ts, the server's
 * VoteService) dispatches through it; the kinds (`VOTE_KINDS`) and their results (`KindResult`) are
 * read from it. A kind of the ballot's wire shape (ballot.ts) missing here, or a part missing from a
 * kind, does not compile.
 */
import type { VoteKind } from '../voteKinds.js';
import { approvalKind } from './approval.js';
import { dotsKind } from './dots.js';
import { pollKind } from './poll.js';
import { rankKind } from './rank.js';
import { scoreKind } from './score.js';
import { statusKind } from './status.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

export const VOTE_KIND_DEFINITIONS = {
  dots: dotsKind,
  rank: rankKind,
  score: scoreKind,
  poll: pollKind,
  status: statusKind,
  approval: approvalKind,
} as const satisfies Record<VoteKind, unknown>;

/** The result of a tally, of any kind: each kind's module declares its own. */
export type KindResult = {
  [K in VoteKind]: (typeof VOTE_KIND_DEFINITIONS)[K] extends VoteKindDefinition<K, infer R> ? R : never;
}[VoteKind];

/** The result of one kind. */
export type KindResultOf<K extends VoteKind> = Extract<KindResult, { readonly kind: K }>;

/** One definition for each kind, each typed with its own ballot and result. */
export type VoteKindDefinitions = { readonly [K in VoteKind]: VoteKindDefinition<K, KindResultOf<K>> };

/** Every kind, in the registry's order (the console's kind chooser shows them so). */
export const VOTE_KINDS = Object.keys(VOTE_KIND_DEFINITIONS) as readonly VoteKind[];

// Checked here rather than with `satisfies` above, which cannot name the results it declares: each
// kind under its own name, with the result its module says.
const definitions: VoteKindDefinitions = VOTE_KIND_DEFINITIONS;

/** The definition of one kind, typed with that kind's ballot and result. */
export function definitionOf<K extends VoteKind>(kind: K): VoteKindDefinition<K, KindResultOf<K>> {
  return definitions[kind];
}
