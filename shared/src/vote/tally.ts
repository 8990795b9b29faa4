/**
 * Tallies: pure functions from ballots to results, one per vote kind, and the breakdown by
 * stakeholder group that never shows a group of fewer than three voters.
 */
import type { StakeholderGroup } from '../groups.js';
import type { Ballot } from './ballot.js';
import type { VoteSettings } from './settings.js';
import { criteriaOf, STATUS_RATINGS, type StatusRating } from './voteKinds.js';

/** One counted ballot: what was cast and by which group (never who). */
export interface CountedBallot {
  readonly group: StakeholderGroup;
  readonly ballot: Ballot;
}

/** A ranked entry. Ties share a rank (1, 1, 3) and are flagged. */
export interface Ranked {
  readonly id: string;
  readonly rank: number;
  readonly tied: boolean;
}

export type KindResult =
  | { readonly kind: 'dots'; readonly items: ReadonlyArray<Ranked & { points: number }> }
  | { readonly kind: 'rank'; readonly items: ReadonlyArray<Ranked & { points: number }> }
  | {
      readonly kind: 'score';
      readonly criteria: ReadonlyArray<{ id: string; label: string; weight: number }>;
      readonly items: ReadonlyArray<Ranked & { n: number; means: Record<string, number>; total: number }>;
    }
  | { readonly kind: 'poll'; readonly options: ReadonlyArray<Ranked & { count: number }> }
  | {
      readonly kind: 'status';
      readonly items: ReadonlyArray<{ id: string; n: number; counts: Record<StatusRating, number> }>;
    };

/** The smallest group shown on its own; smaller ones are pooled so nobody is identifiable. */
export const MIN_GROUP_SIZE = 3;

export interface GroupResult {
  /** A stakeholder group, or `other` for the pool of groups too small to show. */
  readonly group: StakeholderGroup | 'other';
  readonly voters: number;
  readonly result: KindResult;
}

export interface VoteResults {
  readonly voters: number;
  readonly overall: KindResult;
  readonly byGroup: readonly GroupResult[];
}

/** Competition ranking by `score`, highest first; equal scores share a rank. Ties broken by input order for display only. */
function rankBy<T extends { id: string }>(entries: readonly T[], score: (e: T) => number): Array<T & Ranked> {
  const sorted = entries.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => b.s - a.s || a.i - b.i);
  return sorted.map(({ e, s }) => {
    const higher = sorted.filter((x) => x.s > s).length;
    const same = sorted.filter((x) => x.s === s).length;
    return { ...e, rank: higher + 1, tied: same > 1 };
  });
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/**
 * The result of one kind over some ballots. `targets` are the vote's items (or, for a poll, its
 * option ids), so items nobody voted for still appear, with zero.
 */
export function tallyKind(
  settings: VoteSettings,
  targets: readonly string[],
  ballots: readonly Ballot[],
): KindResult {
  switch (settings.kind) {
    case 'dots': {
      const points = new Map(targets.map((id) => [id, 0]));
      for (const b of ballots) {
        if (b.kind !== 'dots') continue;
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
    }
    case 'rank': {
      // Borda count: in a ballot ordering k items, the first gets k points, the last 1, the unranked 0.
      const points = new Map(targets.map((id) => [id, 0]));
      for (const b of ballots) {
        if (b.kind !== 'rank') continue;
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
    }
    case 'score': {
      const criteria = criteriaOf(settings);
      const weightSum = criteria.reduce((s, c) => s + c.weight, 0) || 1;
      const items = targets.map((id) => {
        const sums: Record<string, number> = Object.fromEntries(criteria.map((c) => [c.id, 0]));
        let n = 0;
        for (const b of ballots) {
          if (b.kind !== 'score') continue;
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
    }
    case 'poll': {
      const count = new Map((settings.options ?? []).map((o) => [o.id, 0]));
      for (const b of ballots) {
        if (b.kind !== 'poll') continue;
        for (const id of b.choices) if (count.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
      }
      return {
        kind: 'poll',
        options: rankBy(
          [...count].map(([id, c]) => ({ id, count: c })),
          (e) => e.count,
        ),
      };
    }
    case 'status': {
      const items = targets.map((id) => {
        const counts = Object.fromEntries(STATUS_RATINGS.map((r) => [r, 0])) as Record<StatusRating, number>;
        let n = 0;
        for (const b of ballots) {
          if (b.kind !== 'status') continue;
          const rating = b.ratings[id];
          if (rating === undefined) continue;
          counts[rating] += 1;
          n += 1;
        }
        return { id, n, counts };
      });
      return { kind: 'status', items };
    }
    default: {
      const unreachable: never = settings.kind;
      throw new Error(`unknown vote kind ${String(unreachable)}`);
    }
  }
}

/**
 * Overall results and each group's beside them. Groups with fewer than MIN_GROUP_SIZE voters are
 * pooled into `other` (with the real `other` group). If that pool is still too small, the smallest
 * shown groups join it: otherwise the overall result minus the shown groups would give away the
 * ballots of the one or two people in the pool. So every shown group has at least three voters,
 * and the shown groups always add up to everyone (or nothing is shown, below three voters).
 */
export function tallyVote(
  settings: VoteSettings,
  targets: readonly string[],
  counted: readonly CountedBallot[],
): VoteResults {
  const overall = tallyKind(
    settings,
    targets,
    counted.map((c) => c.ballot),
  );
  const byGroup = new Map<StakeholderGroup, Ballot[]>();
  for (const { group, ballot } of counted) {
    const list = byGroup.get(group) ?? [];
    list.push(ballot);
    byGroup.set(group, list);
  }
  const large: Array<[StakeholderGroup, Ballot[]]> = [];
  const pool: Ballot[] = [];
  for (const [group, ballots] of byGroup) {
    if (group === 'other' || ballots.length < MIN_GROUP_SIZE) pool.push(...ballots);
    else large.push([group, ballots]);
  }
  large.sort((a, b) => a[1].length - b[1].length);
  while (pool.length > 0 && pool.length < MIN_GROUP_SIZE && large.length > 0) {
    pool.push(...(large.shift()?.[1] ?? []));
  }
  const shown: GroupResult[] = large.map(([group, ballots]) => ({
    group,
    voters: ballots.length,
    result: tallyKind(settings, targets, ballots),
  }));
  if (pool.length >= MIN_GROUP_SIZE) {
    shown.push({ group: 'other', voters: pool.length, result: tallyKind(settings, targets, pool) });
  }
  return { voters: counted.length, overall, byGroup: shown };
}
