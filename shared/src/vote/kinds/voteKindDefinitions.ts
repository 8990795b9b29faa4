/**
 * The one registry of vote kinds. The generic code (validateBallot.ts, tally.ts, the server's
 * VoteService) dispatches through it; a kind missing here, or a part missing from a kind, does not
 * compile.
 */
import type { VoteKind } from '../voteKinds.js';
import { approvalKind } from './approval.js';
import { dotsKind } from './dots.js';
import { pollKind } from './poll.js';
import { rankKind } from './rank.js';
import { scoreKind } from './score.js';
import { statusKind } from './status.js';
import type { VoteKindDefinition, VoteKindDefinitions } from './voteKindDefinition.js';

export const VOTE_KIND_DEFINITIONS = {
  dots: dotsKind,
  rank: rankKind,
  score: scoreKind,
  poll: pollKind,
  status: statusKind,
  approval: approvalKind,
} as const satisfies VoteKindDefinitions;

/** The definition of one kind, typed with that kind's ballot and result. */
export function definitionOf<K extends VoteKind>(kind: K): VoteKindDefinition<K> {
  const definitions: VoteKindDefinitions = VOTE_KIND_DEFINITIONS;
  return definitions[kind];
}
