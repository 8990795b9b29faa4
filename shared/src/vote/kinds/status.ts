/** A status check: each person rates priorities on track, partly, off track or unknown; results are counts. */
import { ErrorCode, fail, ok } from '../../errors.js';
import { STATUS_RATINGS, type StatusRating } from '../voteKinds.js';
import { itemSourceIssues } from './sourceIssues.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** The count of each rating per item, in the list's order (nothing is ranked). */
export interface StatusResult {
  readonly kind: 'status';
  readonly items: ReadonlyArray<{ id: string; n: number; counts: Record<StatusRating, number> }>;
}

export const statusKind: VoteKindDefinition<'status', StatusResult> = {
  votesOn: 'items',

  settingsIssues: itemSourceIssues,

  validateBallot(_settings, targets, ballot) {
    const known = new Set(targets);
    for (const id of Object.keys(ballot.ratings)) if (!known.has(id)) return unknownItem(id);
    if (Object.keys(ballot.ratings).length === 0)
      return fail(ErrorCode.badRequest, 'Rate at least one priority.');
    return ok(ballot);
  },

  tally(_settings, targets, ballots) {
    const items = targets.map((id) => {
      const counts = Object.fromEntries(STATUS_RATINGS.map((r) => [r, 0])) as Record<StatusRating, number>;
      let n = 0;
      for (const b of ballots) {
        const rating = b.ratings[id];
        if (rating === undefined) continue;
        counts[rating] += 1;
        n += 1;
      }
      return { id, n, counts };
    });
    return { kind: 'status', items };
  },

  // Not ranked: the items in their own order, numbered, so that a later vote can take the first N.
  rankedIds: (result) => result.items.map(({ id }, i) => ({ id, rank: i + 1 })),
};
