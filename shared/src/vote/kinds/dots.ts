/** Dot voting: each person spreads a budget of dots over the items; results are dots per item. */
import { ErrorCode, fail, ok } from '../../errors.js';
import { type Ranked, rankBy } from './rankBy.js';
import { itemSourceIssues } from './sourceIssues.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** Dots per item, ranked. */
export interface DotsResult {
  readonly kind: 'dots';
  readonly items: ReadonlyArray<Ranked & { points: number }>;
}

export const dotsKind: VoteKindDefinition<'dots', DotsResult> = {
  votesOn: 'items',

  settingsIssues: (s) => [
    ...(s.budget === undefined ? [{ message: 'a dot vote needs a budget', path: 'budget' } as const] : []),
    ...itemSourceIssues(s),
  ],

  validateBallot(settings, targets, ballot) {
    const known = new Set(targets);
    const allocations: Record<string, number> = {};
    let spent = 0;
    for (const [id, n] of Object.entries(ballot.allocations)) {
      if (!known.has(id)) return unknownItem(id);
      if (settings.maxPerItem !== undefined && n > settings.maxPerItem) {
        return fail(ErrorCode.overCap, `At most ${settings.maxPerItem} dots on one item.`);
      }
      spent += n;
      if (n > 0) allocations[id] = n;
    }
    if (spent === 0) return fail(ErrorCode.badRequest, 'Place at least one dot.');
    const budget = settings.budget ?? 0;
    if (spent > budget)
      return fail(ErrorCode.overBudget, `You have ${budget} dots; this ballot spends ${spent}.`);
    return ok({ kind: 'dots', allocations });
  },

  tally(_settings, targets, ballots) {
    const points = new Map(targets.map((id) => [id, 0]));
    for (const b of ballots) {
      for (const [id, n] of Object.entries(b.allocations))
        if (points.has(id)) points.set(id, (points.get(id) ?? 0) + n);
    }
    return {
      kind: 'dots',
      items: rankBy(
        [...points].map(([id, p]) => ({ id, points: p })),
        (e) => e.points,
      ),
    };
  },

  rankedIds: (result) => result.items.map(({ id, rank }) => ({ id, rank })),
};
