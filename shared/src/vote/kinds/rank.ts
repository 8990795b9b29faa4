/** Ranking: each person orders the items (or the top N); results are Borda points. */
import { ErrorCode, fail, ok } from '../../errors.js';
import { type Ranked, rankBy } from './rankBy.js';
import { itemSourceIssues } from './sourceIssues.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** Borda points per item, ranked. */
export interface RankResult {
  readonly kind: 'rank';
  readonly items: ReadonlyArray<Ranked & { points: number }>;
}

export const rankKind: VoteKindDefinition<'rank', RankResult> = {
  votesOn: 'items',

  settingsIssues: itemSourceIssues,

  validateBallot(settings, targets, ballot) {
    const known = new Set(targets);
    for (const id of ballot.order) if (!known.has(id)) return unknownItem(id);
    if (new Set(ballot.order).size !== ballot.order.length) {
      return fail(ErrorCode.badRequest, 'Each item can be ranked only once.');
    }
    const expected = Math.min(settings.rankTop ?? targets.length, targets.length);
    if (ballot.order.length !== expected) {
      return fail(ErrorCode.badRequest, `Rank exactly ${expected} items.`);
    }
    return ok(ballot);
  },

  tally(_settings, targets, ballots) {
    // Borda count: in a ballot ordering k items, the first gets k points, the last 1, the unranked 0.
    const points = new Map(targets.map((id) => [id, 0]));
    for (const b of ballots) {
      b.order.forEach((id, i) => {
        if (points.has(id)) points.set(id, (points.get(id) ?? 0) + (b.order.length - i));
      });
    }
    return {
      kind: 'rank',
      items: rankBy(
        [...points].map(([id, p]) => ({ id, points: p })),
        (e) => e.points,
      ),
    };
  },

  rankedIds: (result) => result.items.map(({ id, rank }) => ({ id, rank })),
};
