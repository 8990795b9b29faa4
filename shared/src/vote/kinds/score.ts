/**
 * Scoring: each person scores items 1–5 on named, weighted criteria; results are the mean of each
 * criterion and their weighted total.
 */
import { ErrorCode, fail, ok } from '../../errors.js';
import type { Criterion, VoteSettings } from '../settingsFields.js';
import { type Ranked, rankBy, round } from './rankBy.js';
import { itemSourceIssues } from './sourceIssues.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** The default criteria of a score vote: impact and feasibility, the axes of the 2 × 2 matrix. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'impact', label: 'Impact', weight: 1 },
  { id: 'feasibility', label: 'Feasibility', weight: 1 },
];

/** The criteria a score vote uses (its own, or impact and feasibility). */
export function criteriaOf(settings: VoteSettings): readonly Criterion[] {
  return settings.criteria ?? DEFAULT_CRITERIA;
}

/** Each criterion's mean and the weighted total per item, ranked by the total. */
export interface ScoreResult {
  readonly kind: 'score';
  readonly criteria: ReadonlyArray<{ id: string; label: string; weight: number }>;
  readonly items: ReadonlyArray<Ranked & { n: number; means: Record<string, number>; total: number }>;
}

export const scoreKind: VoteKindDefinition<'score', ScoreResult> = {
  votesOn: 'items',

  settingsIssues: itemSourceIssues,

  validateBallot(settings, targets, ballot) {
    const known = new Set(targets);
    const criteria = criteriaOf(settings).map((c) => c.id);
    for (const [id, scores] of Object.entries(ballot.scores)) {
      if (!known.has(id)) return unknownItem(id);
      const given = Object.keys(scores);
      const unknown = given.find((c) => !criteria.includes(c));
      if (unknown !== undefined)
        return fail(ErrorCode.badRequest, `"${unknown.slice(0, 64)}" is not a criterion of this vote.`);
      if (given.length !== criteria.length)
        return fail(ErrorCode.badRequest, 'Score every criterion of an item you score.');
    }
    if (Object.keys(ballot.scores).length === 0)
      return fail(ErrorCode.badRequest, 'Score at least one item.');
    return ok(ballot);
  },

  tally(settings, targets, ballots) {
    const criteria = criteriaOf(settings);
    const weightSum = criteria.reduce((s, c) => s + c.weight, 0) || 1;
    const items = targets.map((id) => {
      const sums: Record<string, number> = Object.fromEntries(criteria.map((c) => [c.id, 0]));
      let n = 0;
      for (const b of ballots) {
        const scores = b.scores[id];
        if (!scores) continue;
        n += 1;
        for (const c of criteria) sums[c.id] = (sums[c.id] ?? 0) + (scores[c.id] ?? 0);
      }
      const means: Record<string, number> = {};
      for (const c of criteria) means[c.id] = n === 0 ? 0 : round((sums[c.id] ?? 0) / n);
      const total = round(criteria.reduce((s, c) => s + c.weight * (means[c.id] ?? 0), 0) / weightSum);
      return { id, n, means, total };
    });
    return {
      kind: 'score',
      criteria: criteria.map(({ id, label, weight }) => ({ id, label, weight })),
      items: rankBy(items, (e) => e.total),
    };
  },

  rankedIds: (result) => result.items.map(({ id, rank }) => ({ id, rank })),
};
