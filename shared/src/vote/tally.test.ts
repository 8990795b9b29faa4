import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../groups.js';
import type { Ballot } from './ballot.js';
import { criteriaOf } from './kinds/score.js';
import { VOTE_KINDS } from './kinds/voteKindDefinitions.js';
import { type Criterion, type VoteSettings, voteSettingsSchema } from './settings.js';
import {
  type CountedBallot,
  type KindResult,
  MIN_GROUP_SIZE,
  rankedIdsOf,
  tallyKind,
  tallyVote,
} from './tally.js';
import { STATUS_RATINGS, type StatusRating, type VoteKind } from './voteKinds.js';

// ---- Builders -------------------------------------------------------------------------------

function settings(over: Record<string, unknown>): VoteSettings {
  return voteSettingsSchema.parse({
    anonymous: true,
    results: 'live',
    source: over.kind === 'poll' ? { type: 'options' } : { type: 'list', stageId: 'stage_01' },
    ...over,
  });
}

const OPTION_IDS = ['yes', 'no', 'abstain', 'later'] as const;
const pollSettings = (multiple: boolean) =>
  settings({ kind: 'poll', multiple, options: OPTION_IDS.map((id) => ({ id, label: id })) });

const DOTS = settings({ kind: 'dots', budget: 10 });
const RANK = settings({ kind: 'rank' });
const SCORE = settings({ kind: 'score' });
const POLL = pollSettings(true);
const STATUS = settings({ kind: 'status' });
const APPROVAL = settings({ kind: 'approval' });
const SETTINGS_OF: Record<VoteKind, VoteSettings> = {
  dots: DOTS,
  rank: RANK,
  score: SCORE,
  poll: POLL,
  status: STATUS,
  approval: APPROVAL,
};

const dots = (allocations: Record<string, number>): Ballot => ({ kind: 'dots', allocations });
const rank = (...order: string[]): Ballot => ({ kind: 'rank', order });
const score = (scores: Record<string, Record<string, number>>): Ballot => ({ kind: 'score', scores });
const poll = (...choices: string[]): Ballot => ({ kind: 'poll', choices });
const status = (ratings: Record<string, StatusRating>): Ballot => ({ kind: 'status', ratings });
const approval = (...approved: string[]): Ballot => ({ kind: 'approval', approved });

/** Narrows a result to its kind, failing the test otherwise. */
function ofKind<K extends KindResult['kind']>(result: KindResult, kind: K): Extract<KindResult, { kind: K }> {
  expect(result.kind).toBe(kind);
  return result as Extract<KindResult, { kind: K }>;
}

// ---- Arbitraries ----------------------------------------------------------------------------

const targetsArb = fc
  .integer({ min: 1, max: 8 })
  .map((n) => Array.from({ length: n }, (_, i) => `item_${i}`));

const dotsBallotArb = (targets: readonly string[]) =>
  fc
    .array(fc.nat({ max: 5 }), { minLength: targets.length, maxLength: targets.length })
    .map((values) =>
      dots(Object.fromEntries(targets.flatMap((id, i) => (values[i] ? [[id, values[i]]] : [])))),
    );

/** A ranking of some (at least one) of the targets, in random order. */
const rankBallotArb = (targets: readonly string[]) =>
  fc.shuffledSubarray([...targets], { minLength: 1 }).map((o) => rank(...o));

/** A ranking of all the targets. */
const fullRankArb = (targets: readonly string[]) =>
  fc.shuffledSubarray([...targets], { minLength: targets.length, maxLength: targets.length });

const scoreBallotArb = (targets: readonly string[], criteria: readonly Criterion[]) =>
  fc
    .array(
      fc.option(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: criteria.length, maxLength: criteria.length }),
        {
          nil: undefined,
        },
      ),
      { minLength: targets.length, maxLength: targets.length },
    )
    .map((rows) =>
      score(
        Object.fromEntries(
          targets.flatMap((id, i) => {
            const row = rows[i];
            return row ? [[id, Object.fromEntries(criteria.map((c, j) => [c.id, row[j] ?? 1]))]] : [];
          }),
        ),
      ),
    )
    .filter((b) => b.kind === 'score' && Object.keys(b.scores).length > 0);

const pollBallotArb = fc.subarray([...OPTION_IDS], { minLength: 1 }).map((choices) => poll(...choices));

const statusBallotArb = (targets: readonly string[]) =>
  fc
    .array(fc.option(fc.constantFrom(...STATUS_RATINGS), { nil: undefined }), {
      minLength: targets.length,
      maxLength: targets.length,
    })
    .map((rows) => status(Object.fromEntries(targets.flatMap((id, i) => (rows[i] ? [[id, rows[i]]] : [])))));

/** Approvals of any of the targets, none included, in any order. */
const approvalBallotArb = (targets: readonly string[]) =>
  fc.shuffledSubarray([...targets]).map((approved) => approval(...approved));

/** Custom criteria: 1–4 distinct ids, weights 0–10 in halves, at least one above 0. */
const criteriaArb = fc
  .uniqueArray(fc.constantFrom('impact', 'feasibility', 'cost', 'reach', 'urgency', 'equity'), {
    minLength: 1,
    maxLength: 4,
  })
  .chain((ids) =>
    fc
      .array(fc.integer({ min: 0, max: 20 }), { minLength: ids.length, maxLength: ids.length })
      .filter((ws) => ws.some((w) => w > 0))
      .map((ws) => ids.map((id, i) => ({ id, label: id, weight: (ws[i] ?? 0) / 2 }))),
  );
const scoreSettingsArb = fc.oneof(
  fc.constant(SCORE),
  criteriaArb.map((criteria) => settings({ kind: 'score', criteria })),
);

/** A ballot of `kind` over `targets`, as validateBallot would let through under SETTINGS_OF[kind]. */
function ballotArb(kind: VoteKind, targets: readonly string[]): fc.Arbitrary<Ballot> {
  switch (kind) {
    case 'dots':
      return dotsBallotArb(targets);
    case 'rank':
      return fullRankArb(targets).map((o) => rank(...o));
    case 'score':
      return scoreBallotArb(targets, criteriaOf(SCORE));
    case 'poll':
      return pollBallotArb;
    case 'status':
      return statusBallotArb(targets);
    case 'approval':
      return approvalBallotArb(targets);
  }
}

// ---- Checks ---------------------------------------------------------------------------------

/** Competition ranking: rank is 1 + the number strictly ahead, tied when another has the same score, best first. */
function expectCompetitionRanks<T extends { id: string; rank: number; tied: boolean }>(
  entries: readonly T[],
  scoreOf: (e: T) => number,
): void {
  entries.forEach((e, i) => {
    const s = scoreOf(e);
    expect(e.rank, e.id).toBe(1 + entries.filter((x) => scoreOf(x) > s).length);
    expect(e.tied, e.id).toBe(entries.filter((x) => scoreOf(x) === s).length > 1);
    const next = entries[i + 1];
    if (next) expect(scoreOf(next)).toBeLessThanOrEqual(s);
  });
}

function expectSameIds(entries: ReadonlyArray<{ id: string }>, ids: readonly string[]): void {
  expect(entries.map((e) => e.id).sort()).toEqual([...ids].sort());
}

const pointsOf = (items: ReadonlyArray<{ id: string; points: number }>) =>
  Object.fromEntries(items.map((i) => [i.id, i.points]));

// ---- Dots -----------------------------------------------------------------------------------

describe('tallyKind: dots', () => {
  it('adds up the dots, ranks by competition ranking and shows ties (worked example)', () => {
    const result = ofKind(
      tallyKind(DOTS, ['a', 'b', 'c', 'd'], [dots({ a: 3, b: 2 }), dots({ a: 1, c: 4 }), dots({ b: 5 })]),
      'dots',
    );
    expect(result.items).toEqual([
      { id: 'b', points: 7, rank: 1, tied: false },
      { id: 'a', points: 4, rank: 2, tied: true },
      { id: 'c', points: 4, rank: 2, tied: true },
      { id: 'd', points: 0, rank: 4, tied: false },
    ]);
  });

  it('lists every target at zero, all tied first, when nobody voted', () => {
    expect(ofKind(tallyKind(DOTS, ['a', 'b'], []), 'dots').items).toEqual([
      { id: 'a', points: 0, rank: 1, tied: true },
      { id: 'b', points: 0, rank: 1, tied: true },
    ]);
  });

  it('ignores dots on ids that are not targets', () => {
    expect(pointsOf(ofKind(tallyKind(DOTS, ['a'], [dots({ a: 2, ghost: 3 })]), 'dots').items)).toEqual({
      a: 2,
    });
  });

  it('counts every dot cast, lists every target once, and ranks by competition ranking', () => {
    fc.assert(
      fc.property(
        targetsArb.chain((targets) =>
          fc.tuple(fc.constant(targets), fc.array(dotsBallotArb(targets), { maxLength: 12 })),
        ),
        ([targets, ballots]) => {
          const items = ofKind(tallyKind(DOTS, targets, ballots), 'dots').items;
          expectSameIds(items, targets);
          const cast = ballots.reduce(
            (s, b) => s + (b.kind === 'dots' ? Object.values(b.allocations).reduce((x, y) => x + y, 0) : 0),
            0,
          );
          expect(items.reduce((s, i) => s + i.points, 0)).toBe(cast);
          for (const item of items) {
            const expected = ballots.reduce(
              (s, b) => s + (b.kind === 'dots' ? (b.allocations[item.id] ?? 0) : 0),
              0,
            );
            expect(item.points, item.id).toBe(expected);
          }
          expectCompetitionRanks(items, (i) => i.points);
        },
      ),
    );
  });
});

// ---- Rank (Borda) ---------------------------------------------------------------------------

describe('tallyKind: rank (Borda count)', () => {
  it('gives k, k-1, …, 1 points down a ballot of k items (worked example)', () => {
    const result = ofKind(
      tallyKind(RANK, ['a', 'b', 'c'], [rank('a', 'b', 'c'), rank('b', 'a', 'c'), rank('a', 'c', 'b')]),
      'rank',
    );
    expect(result.items).toEqual([
      { id: 'a', points: 8, rank: 1, tied: false },
      { id: 'b', points: 6, rank: 2, tied: false },
      { id: 'c', points: 4, rank: 3, tied: false },
    ]);
  });

  it('gives unranked items 0 when ballots rank the top 2 of 4 (worked example)', () => {
    const top2 = settings({ kind: 'rank', rankTop: 2 });
    const result = ofKind(
      tallyKind(top2, ['a', 'b', 'c', 'd'], [rank('c', 'a'), rank('a', 'b'), rank('c', 'd')]),
      'rank',
    );
    expect(result.items).toEqual([
      { id: 'c', points: 4, rank: 1, tied: false },
      { id: 'a', points: 3, rank: 2, tied: false },
      { id: 'b', points: 1, rank: 3, tied: true },
      { id: 'd', points: 1, rank: 3, tied: true },
    ]);
  });

  it('shows A>B once and B>A once as a tie', () => {
    expect(ofKind(tallyKind(RANK, ['a', 'b'], [rank('a', 'b'), rank('b', 'a')]), 'rank').items).toEqual([
      { id: 'a', points: 3, rank: 1, tied: true },
      { id: 'b', points: 3, rank: 1, tied: true },
    ]);
  });

  const profileArb = targetsArb.chain((targets) =>
    fc.tuple(fc.constant(targets), fc.array(rankBallotArb(targets), { maxLength: 12 })),
  );

  it('gives each ballot k, k-1, …, 1 to the items it orders and 0 to the rest', () => {
    fc.assert(
      fc.property(profileArb, ([targets, ballots]) => {
        const expected = Object.fromEntries(targets.map((id) => [id, 0]));
        for (const b of ballots) {
          if (b.kind !== 'rank') continue;
          const k = b.order.length;
          b.order.forEach((id, i) => {
            expected[id] = (expected[id] ?? 0) + k - i;
          });
        }
        const items = ofKind(tallyKind(RANK, targets, ballots), 'rank').items;
        expectSameIds(items, targets);
        expect(pointsOf(items)).toEqual(expected);
        expectCompetitionRanks(items, (i) => i.points);
      }),
    );
  });

  it('hands out Σ k(k+1)/2 points in all', () => {
    fc.assert(
      fc.property(profileArb, ([targets, ballots]) => {
        const items = ofKind(tallyKind(RANK, targets, ballots), 'rank').items;
        const expected = ballots.reduce((s, b) => {
          const k = b.kind === 'rank' ? b.order.length : 0;
          return s + (k * (k + 1)) / 2;
        }, 0);
        expect(items.reduce((s, i) => s + i.points, 0)).toBe(expected);
      }),
    );
  });

  it('puts A ahead of B when every ballot ranks A above B', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) => {
          const targets = Array.from({ length: n }, (_, i) => `item_${i}`);
          return fc.tuple(
            fc.constant(targets),
            fc.array(fullRankArb(targets), { minLength: 1, maxLength: 10 }),
            fc.uniqueArray(fc.constantFrom(...targets), { minLength: 2, maxLength: 2 }),
          );
        }),
        ([targets, orders, pair]) => {
          const [a, b] = pair as [string, string];
          // Swap A and B wherever B came first, so every ballot ranks A above B.
          const ballots = orders.map((order) => {
            const ia = order.indexOf(a);
            const ib = order.indexOf(b);
            const fixed = [...order];
            if (ib < ia) [fixed[ia], fixed[ib]] = [b, a];
            return rank(...fixed);
          });
          const items = ofKind(tallyKind(RANK, targets, ballots), 'rank').items;
          const itemA = items.find((i) => i.id === a);
          const itemB = items.find((i) => i.id === b);
          expect(itemA?.points).toBeGreaterThan(itemB?.points ?? Number.POSITIVE_INFINITY);
          expect(itemA?.rank).toBeLessThanOrEqual(itemB?.rank ?? 0);
        },
      ),
    );
  });

  it("gives the ballot's own order when every ballot is the same", () => {
    fc.assert(
      fc.property(
        targetsArb.chain((targets) =>
          fc.tuple(fc.constant(targets), fullRankArb(targets), fc.integer({ min: 1, max: 6 })),
        ),
        ([targets, order, copies]) => {
          const items = ofKind(tallyKind(RANK, targets, Array(copies).fill(rank(...order))), 'rank').items;
          expect(items.map((i) => i.id)).toEqual(order);
          expect(items.map((i) => i.rank)).toEqual(order.map((_, i) => i + 1));
          expect(items.every((i) => !i.tied)).toBe(true);
        },
      ),
    );
  });

  it('ties every item when each full ballot comes with its reverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) => {
          const targets = Array.from({ length: n }, (_, i) => `item_${i}`);
          return fc.tuple(
            fc.constant(targets),
            fc.array(fullRankArb(targets), { minLength: 1, maxLength: 6 }),
          );
        }),
        ([targets, orders]) => {
          const ballots = orders.flatMap((o) => [rank(...o), rank(...[...o].reverse())]);
          const items = ofKind(tallyKind(RANK, targets, ballots), 'rank').items;
          for (const item of items) {
            expect(item.points).toBe(orders.length * (targets.length + 1));
            expect(item.rank).toBe(1);
            expect(item.tied).toBe(true);
          }
        },
      ),
    );
  });
});

// ---- Score ----------------------------------------------------------------------------------

describe('tallyKind: score', () => {
  it('averages each criterion and weighs the total (worked example, default criteria)', () => {
    const result = ofKind(
      tallyKind(
        SCORE,
        ['x', 'y', 'z'],
        [
          score({ x: { impact: 5, feasibility: 2 }, y: { impact: 3, feasibility: 3 } }),
          score({ x: { impact: 4, feasibility: 3 } }),
        ],
      ),
      'score',
    );
    expect(result.criteria).toEqual([
      { id: 'impact', label: 'Impact', weight: 1 },
      { id: 'feasibility', label: 'Feasibility', weight: 1 },
    ]);
    expect(result.items).toEqual([
      { id: 'x', n: 2, means: { impact: 4.5, feasibility: 2.5 }, total: 3.5, rank: 1, tied: false },
      { id: 'y', n: 1, means: { impact: 3, feasibility: 3 }, total: 3, rank: 2, tied: false },
      { id: 'z', n: 0, means: { impact: 0, feasibility: 0 }, total: 0, rank: 3, tied: false },
    ]);
  });

  it('applies the weights (worked example)', () => {
    const weighted = settings({
      kind: 'score',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 2 },
        { id: 'feasibility', label: 'Feasibility', weight: 1 },
      ],
    });
    const ballots = [
      score({ x: { impact: 5, feasibility: 2 }, y: { impact: 2, feasibility: 5 } }),
      score({ x: { impact: 4, feasibility: 3 }, y: { impact: 3, feasibility: 5 } }),
    ];
    const byId = Object.fromEntries(
      ofKind(tallyKind(weighted, ['x', 'y'], ballots), 'score').items.map((i) => [i.id, i]),
    );
    // x: (2·4.5 + 1·2.5) / 3 = 11.5 / 3; y: (2·2.5 + 1·5) / 3 = 10 / 3. Unweighted they would tie at 3.5 and 3.75.
    expect(byId.x?.total).toBe(3.833);
    expect(byId.y?.total).toBe(3.333);
    expect(byId.x?.rank).toBe(1);
    expect(byId.y?.rank).toBe(2);
  });

  it('rounds means of thirds to three decimals', () => {
    const result = ofKind(
      tallyKind(
        SCORE,
        ['x'],
        [
          score({ x: { impact: 1, feasibility: 5 } }),
          score({ x: { impact: 2, feasibility: 5 } }),
          score({ x: { impact: 2, feasibility: 4 } }),
        ],
      ),
      'score',
    );
    expect(result.items[0]).toMatchObject({
      n: 3,
      means: { impact: 1.667, feasibility: 4.667 },
      total: 3.167,
    });
  });

  it('has means that are the arithmetic mean over the n ballots that scored the item, and a weighted total', () => {
    fc.assert(
      fc.property(
        scoreSettingsArb.chain((vote) =>
          targetsArb.chain((targets) =>
            fc.tuple(
              fc.constant(vote),
              fc.constant(targets),
              fc.array(scoreBallotArb(targets, criteriaOf(vote)), {
                maxLength: 10,
              }),
            ),
          ),
        ),
        ([vote, targets, ballots]) => {
          const result = ofKind(tallyKind(vote, targets, ballots), 'score');
          const criteria = criteriaOf(vote);
          expect(result.criteria).toEqual(criteria.map(({ id, label, weight }) => ({ id, label, weight })));
          expectSameIds(result.items, targets);
          const weightSum = criteria.reduce((s, c) => s + c.weight, 0);
          for (const item of result.items) {
            const rows = ballots.flatMap((b) =>
              b.kind === 'score' && b.scores[item.id] ? [b.scores[item.id]] : [],
            );
            expect(item.n, item.id).toBe(rows.length);
            expect(Object.keys(item.means).sort()).toEqual(criteria.map((c) => c.id).sort());
            let weighted = 0;
            for (const c of criteria) {
              const mean =
                rows.length === 0 ? 0 : rows.reduce((s, r) => s + (r?.[c.id] ?? 0), 0) / rows.length;
              expect(
                Math.abs((item.means[c.id] ?? Number.NaN) - mean),
                `${item.id}.${c.id}`,
              ).toBeLessThanOrEqual(0.0005 + 1e-9);
              weighted += c.weight * mean;
            }
            // Means are rounded to 3 decimals before the total is, so allow twice the rounding step.
            expect(Math.abs(item.total - weighted / weightSum), item.id).toBeLessThanOrEqual(0.001 + 1e-9);
            if (rows.length === 0) {
              expect(item.total).toBe(0);
              for (const c of criteria) expect(item.means[c.id]).toBe(0);
            }
          }
          expectCompetitionRanks(result.items, (i) => i.total);
        },
      ),
    );
  });

  it('does not move the total for a criterion of weight 0, whatever its scores', () => {
    fc.assert(
      fc.property(
        criteriaArb.chain((criteria) =>
          targetsArb.chain((targets) => {
            const withZero = [...criteria, { id: 'zeroed', label: 'Zeroed', weight: 0 }];
            return fc.tuple(
              fc.constant(criteria),
              fc.constant(withZero),
              fc.constant(targets),
              fc.array(scoreBallotArb(targets, withZero), { maxLength: 10 }),
            );
          }),
        ),
        ([criteria, withZero, targets, ballots]) => {
          const without = ofKind(tallyKind(settings({ kind: 'score', criteria }), targets, ballots), 'score');
          const withIt = ofKind(
            tallyKind(settings({ kind: 'score', criteria: withZero }), targets, ballots),
            'score',
          );
          expect(withIt.items.map((i) => [i.id, i.total, i.rank])).toEqual(
            without.items.map((i) => [i.id, i.total, i.rank]),
          );
        },
      ),
    );
  });

  it('makes the total follow the only weighted criterion', () => {
    const onlyImpact = settings({
      kind: 'score',
      criteria: [
        { id: 'impact', label: 'Impact', weight: 3 },
        { id: 'feasibility', label: 'Feasibility', weight: 0 },
      ],
    });
    const items = ofKind(
      tallyKind(
        onlyImpact,
        ['x', 'y'],
        [score({ x: { impact: 2, feasibility: 5 }, y: { impact: 4, feasibility: 1 } })],
      ),
      'score',
    ).items;
    expect(items.map((i) => [i.id, i.total])).toEqual([
      ['y', 4],
      ['x', 2],
    ]);
  });

  // Regression: the per-item sums start as `{}` (tally.ts line 110) and are read with `sums[c.id] ?? 0`
  // (line 117), so a criterion whose id names an Object.prototype member ("constructor", "toString",
  // "valueOf", "hasOwnProperty" — all accepted by criterionSchema) starts from a function, not 0:
  // `function + 4` is a string, and every mean and total of the vote is NaN (its ranking too).
  // Fix: start the sums at zero for every criterion,
  // `const sums = Object.fromEntries(criteria.map((c) => [c.id, 0]))`, or keep them in a Map;
  // better still, refuse such ids in criterionSchema (settings.ts line 16).
  it('gives finite means and totals for every criterion id the settings schema accepts', () => {
    for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
      const vote = voteSettingsSchema.safeParse({ ...SCORE, criteria: [{ id, label: 'Odd name' }] });
      // Refusing the id is a fix too.
      if (!vote.success) continue;
      const item = ofKind(tallyKind(vote.data, ['x'], [score({ x: { [id]: 4 } })]), 'score').items[0];
      expect(item?.means[id], id).toBe(4);
      expect(item?.total, id).toBe(4);
    }
  });
});

// ---- Poll -----------------------------------------------------------------------------------

describe('tallyKind: poll', () => {
  it('counts choices per option and shows ties (worked example)', () => {
    const single = pollSettings(false);
    const result = ofKind(
      tallyKind(single, [...OPTION_IDS], [poll('yes'), poll('no'), poll('yes'), poll('no'), poll('later')]),
      'poll',
    );
    expect(result.options).toEqual([
      { id: 'yes', count: 2, rank: 1, tied: true },
      { id: 'no', count: 2, rank: 1, tied: true },
      { id: 'later', count: 1, rank: 3, tied: false },
      { id: 'abstain', count: 0, rank: 4, tied: false },
    ]);
  });

  it('lists every option, at zero when nobody voted', () => {
    const result = ofKind(tallyKind(POLL, [...OPTION_IDS], []), 'poll');
    expectSameIds(result.options, OPTION_IDS);
    expect(result.options.every((o) => o.count === 0 && o.rank === 1 && o.tied)).toBe(true);
  });

  it('has counts that add up to the choices made, one per ballot choosing an option', () => {
    fc.assert(
      fc.property(fc.array(pollBallotArb, { maxLength: 15 }), (ballots) => {
        const options = ofKind(tallyKind(POLL, [...OPTION_IDS], ballots), 'poll').options;
        expectSameIds(options, OPTION_IDS);
        const choices = ballots.reduce((s, b) => s + (b.kind === 'poll' ? b.choices.length : 0), 0);
        expect(options.reduce((s, o) => s + o.count, 0)).toBe(choices);
        for (const o of options) {
          expect(o.count, o.id).toBe(
            ballots.filter((b) => b.kind === 'poll' && b.choices.includes(o.id)).length,
          );
        }
        expectCompetitionRanks(options, (o) => o.count);
      }),
    );
  });
});

// ---- Status ---------------------------------------------------------------------------------

describe('tallyKind: status', () => {
  it('counts each rating per item (worked example)', () => {
    const result = ofKind(
      tallyKind(
        STATUS,
        ['p1', 'p2'],
        [status({ p1: 'on_track', p2: 'off_track' }), status({ p1: 'on_track' }), status({ p1: 'partly' })],
      ),
      'status',
    );
    expect(result.items).toEqual([
      { id: 'p1', n: 3, counts: { on_track: 2, partly: 1, off_track: 0, unknown: 0 } },
      { id: 'p2', n: 1, counts: { on_track: 0, partly: 0, off_track: 1, unknown: 0 } },
    ]);
  });

  it('has counts per item that add up to n, the number of ballots rating it', () => {
    fc.assert(
      fc.property(
        targetsArb.chain((targets) =>
          fc.tuple(fc.constant(targets), fc.array(statusBallotArb(targets), { maxLength: 12 })),
        ),
        ([targets, ballots]) => {
          const items = ofKind(tallyKind(STATUS, targets, ballots), 'status').items;
          expect(items.map((i) => i.id)).toEqual(targets);
          for (const item of items) {
            expect(Object.keys(item.counts).sort()).toEqual([...STATUS_RATINGS].sort());
            expect(Object.values(item.counts).reduce((s, c) => s + c, 0)).toBe(item.n);
            expect(item.n).toBe(
              ballots.filter((b) => b.kind === 'status' && b.ratings[item.id] !== undefined).length,
            );
            for (const r of STATUS_RATINGS) {
              expect(item.counts[r]).toBe(
                ballots.filter((b) => b.kind === 'status' && b.ratings[item.id] === r).length,
              );
            }
          }
        },
      ),
    );
  });
});

// ---- Approval -------------------------------------------------------------------------------

describe('tallyKind: approval', () => {
  it('counts approvals, gives each its share of voters and ranks by approvals (worked example)', () => {
    const ballots = [approval('a', 'b'), approval('b'), approval('c', 'b'), approval()];
    const result = ofKind(tallyKind(APPROVAL, ['a', 'b', 'c', 'd'], ballots), 'approval');
    expect(result.items).toEqual([
      { id: 'b', approvals: 3, share: 0.75, rank: 1, tied: false },
      { id: 'a', approvals: 1, share: 0.25, rank: 2, tied: true },
      { id: 'c', approvals: 1, share: 0.25, rank: 2, tied: true },
      { id: 'd', approvals: 0, share: 0, rank: 4, tied: false },
    ]);
  });

  it('lists every target at zero, all tied first, when nobody voted', () => {
    expect(ofKind(tallyKind(APPROVAL, ['a', 'b'], []), 'approval').items).toEqual([
      { id: 'a', approvals: 0, share: 0, rank: 1, tied: true },
      { id: 'b', approvals: 0, share: 0, rank: 1, tied: true },
    ]);
  });

  it('counts a ballot that approves none of them as a voter', () => {
    const ballots = [approval('a'), approval(), approval()];
    expect(ofKind(tallyKind(APPROVAL, ['a', 'b'], ballots), 'approval').items).toEqual([
      { id: 'a', approvals: 1, share: 0.333, rank: 1, tied: false },
      { id: 'b', approvals: 0, share: 0, rank: 2, tied: false },
    ]);
  });

  it('ignores ids that are not targets, and counts an item repeated in one ballot once', () => {
    const ballots = [approval('a', 'ghost', 'a'), approval()];
    expect(ofKind(tallyKind(APPROVAL, ['a'], ballots), 'approval').items).toEqual([
      { id: 'a', approvals: 1, share: 0.5, rank: 1, tied: false },
    ]);
  });

  it('gives each item the ballots approving it, their share of all ballots, and competition ranks', () => {
    fc.assert(
      fc.property(
        targetsArb.chain((targets) =>
          fc.tuple(fc.constant(targets), fc.array(approvalBallotArb(targets), { maxLength: 12 })),
        ),
        ([targets, ballots]) => {
          const items = ofKind(tallyKind(APPROVAL, targets, ballots), 'approval').items;
          expectSameIds(items, targets);
          const approvedBy = (id: string) =>
            ballots.filter((b) => b.kind === 'approval' && b.approved.includes(id)).length;
          for (const item of items) {
            expect(item.approvals, item.id).toBe(approvedBy(item.id));
            const share = ballots.length === 0 ? 0 : item.approvals / ballots.length;
            expect(Math.abs(item.share - share), item.id).toBeLessThanOrEqual(0.0005);
            expect(item.share, item.id).toBeGreaterThanOrEqual(0);
            expect(item.share, item.id).toBeLessThanOrEqual(1);
          }
          const cast = ballots.reduce((s, b) => s + (b.kind === 'approval' ? b.approved.length : 0), 0);
          expect(items.reduce((s, i) => s + i.approvals, 0)).toBe(cast);
          expectCompetitionRanks(items, (i) => i.approvals);
        },
      ),
    );
  });

  it('gives a share of 1 to an item every ballot approves, and 0 to one none approves', () => {
    fc.assert(
      fc.property(
        targetsArb.chain((targets) =>
          fc.tuple(
            fc.constant(targets),
            fc.array(approvalBallotArb(targets), { minLength: 1, maxLength: 12 }),
          ),
        ),
        ([targets, ballots]) => {
          const everyone = targets.find((id) =>
            ballots.every((b) => b.kind === 'approval' && b.approved.includes(id)),
          );
          const nobody = targets.find((id) =>
            ballots.every((b) => b.kind === 'approval' && !b.approved.includes(id)),
          );
          const items = ofKind(tallyKind(APPROVAL, targets, ballots), 'approval').items;
          const shareOf = (id: string | undefined) => items.find((i) => i.id === id)?.share;
          if (everyone !== undefined) expect(shareOf(everyone)).toBe(1);
          if (nobody !== undefined) expect(shareOf(nobody)).toBe(0);
        },
      ),
    );
  });

  it('gives a later vote the items in result order, ties sharing a rank', () => {
    const result = tallyKind(APPROVAL, ['a', 'b', 'c'], [approval('c', 'b'), approval('c'), approval('b')]);
    expect(rankedIdsOf(result)).toEqual([
      { id: 'b', rank: 1 },
      { id: 'c', rank: 1 },
      { id: 'a', rank: 3 },
    ]);
  });
});

// ---- By group -------------------------------------------------------------------------------

/** `counts` ballots per group, each a one-dot ballot on item `a`, so points show who was pooled. */
function dotBallotsOf(counts: Partial<Record<StakeholderGroup, number>>): CountedBallot[] {
  return Object.entries(counts).flatMap(([group, n]) =>
    Array.from({ length: n ?? 0 }, () => ({ group: group as StakeholderGroup, ballot: dots({ a: 1 }) })),
  );
}
const shownGroups = (counted: readonly CountedBallot[]) =>
  tallyVote(DOTS, ['a'], counted)
    .byGroup.map((g) => [g.group, g.voters] as const)
    .sort(([x], [y]) => x.localeCompare(y));

describe('tallyVote', () => {
  it('shows no group when fewer than three voted', () => {
    for (const counted of [
      [],
      dotBallotsOf({ government: 2 }),
      dotBallotsOf({ government: 1, academia: 1 }),
    ]) {
      const results = tallyVote(DOTS, ['a'], counted);
      expect(results.voters).toBe(counted.length);
      expect(results.byGroup).toEqual([]);
    }
  });

  it.each([
    ['one group of three', { government: 3 }, [['government', 3]]],
    ['three small groups, pooled', { government: 1, academia: 1, community: 1 }, [['other', 3]]],
    ['the real other group alone', { other: 4 }, [['other', 4]]],
    [
      'a small group with the real other group',
      { other: 2, academia: 1, government: 3 },
      [
        ['government', 3],
        ['other', 3],
      ],
    ],
    ['one straggler: the only big group joins the pool', { government: 3, academia: 1 }, [['other', 4]]],
    [
      'one straggler: the smallest big group joins the pool',
      { government: 5, academia: 3, community: 1 },
      [
        ['government', 5],
        ['other', 4],
      ],
    ],
    [
      'big groups shown, small ones pooled',
      { government: 4, un_agency: 3, civil_society: 2, private_sector: 1, other: 1 },
      [
        ['government', 4],
        ['other', 4],
        ['un_agency', 3],
      ],
    ],
  ] as const)('%s', (_label, counts, expected) => {
    expect(shownGroups(dotBallotsOf(counts))).toEqual(expected);
  });

  it('tallies each shown group over its own ballots (worked example)', () => {
    const counted: CountedBallot[] = [
      ...Array.from({ length: 3 }, () => ({ group: 'government' as const, ballot: dots({ a: 2 }) })),
      { group: 'academia', ballot: dots({ b: 3 }) },
      { group: 'other', ballot: dots({ b: 1 }) },
      { group: 'community', ballot: dots({ a: 1, b: 1 }) },
    ];
    const results = tallyVote(DOTS, ['a', 'b'], counted);
    expect(results.voters).toBe(6);
    expect(pointsOf(ofKind(results.overall, 'dots').items)).toEqual({ a: 7, b: 5 });
    const byName = Object.fromEntries(results.byGroup.map((g) => [g.group, g]));
    expect(Object.keys(byName).sort()).toEqual(['government', 'other']);
    expect(byName.government?.voters).toBe(3);
    expect(pointsOf(ofKind(byName.government?.result ?? results.overall, 'dots').items)).toEqual({
      a: 6,
      b: 0,
    });
    expect(byName.other?.voters).toBe(3);
    expect(pointsOf(ofKind(byName.other?.result ?? results.overall, 'dots').items)).toEqual({ a: 1, b: 5 });
  });

  const countedArb = fc
    .tuple(fc.constantFrom(...VOTE_KINDS), targetsArb, fc.subarray([...STAKEHOLDER_GROUPS], { minLength: 1 }))
    .chain(([kind, targets, groups]) =>
      fc.tuple(
        fc.constant(kind),
        fc.constant(targets),
        fc.array(fc.record({ group: fc.constantFrom(...groups), ballot: ballotArb(kind, targets) }), {
          maxLength: 25,
        }),
      ),
    );

  it('never shows a group under three, and the shown groups add up to everyone', () => {
    fc.assert(
      fc.property(countedArb, ([kind, targets, counted]) => {
        const vote = SETTINGS_OF[kind];
        const results = tallyVote(vote, targets, counted);
        expect(results.voters).toBe(counted.length);
        expect(results.overall).toEqual(
          tallyKind(
            vote,
            targets,
            counted.map((c) => c.ballot),
          ),
        );

        const names = results.byGroup.map((g) => g.group);
        expect(new Set(names).size).toBe(names.length);
        for (const g of results.byGroup) expect(g.voters, g.group).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);

        const shownVoters = results.byGroup.reduce((s, g) => s + g.voters, 0);
        if (counted.length >= MIN_GROUP_SIZE) expect(shownVoters).toBe(counted.length);
        else expect(results.byGroup).toEqual([]);
      }),
    );
  });

  it("tallies each named group over its ballots and `other` over everyone else's", () => {
    fc.assert(
      fc.property(countedArb, ([kind, targets, counted]) => {
        const vote = SETTINGS_OF[kind];
        const results = tallyVote(vote, targets, counted);
        const sizeOf = (g: StakeholderGroup) => counted.filter((c) => c.group === g).length;
        const named = results.byGroup.filter((g) => g.group !== 'other');
        for (const g of named) {
          const ballots = counted.filter((c) => c.group === g.group).map((c) => c.ballot);
          expect(g.voters, g.group).toBe(ballots.length);
          expect(g.result, g.group).toEqual(tallyKind(vote, targets, ballots));
        }
        const namedSet = new Set<string>(named.map((g) => g.group));
        const rest = counted.filter((c) => !namedSet.has(c.group)).map((c) => c.ballot);
        const other = results.byGroup.find((g) => g.group === 'other');
        if (other) {
          expect(other.voters).toBe(rest.length);
          expect(other.result).toEqual(tallyKind(vote, targets, rest));
        }

        // Small groups and the real `other` are only ever pooled; a big group joins the pool only to
        // lift it from one or two voters to three or more, and then it is a smallest big one.
        const present = STAKEHOLDER_GROUPS.filter((g) => sizeOf(g) > 0);
        const small = present.filter((g) => g === 'other' || sizeOf(g) < MIN_GROUP_SIZE);
        const big = present.filter((g) => g !== 'other' && sizeOf(g) >= MIN_GROUP_SIZE);
        for (const g of small) expect(namedSet.has(g), g).toBe(false);
        const absorbed = big.filter((g) => !namedSet.has(g));
        const pooled = small.reduce((s, g) => s + sizeOf(g), 0);
        if (pooled === 0 || pooled >= MIN_GROUP_SIZE) expect(absorbed).toEqual([]);
        else if (big.length > 0) {
          expect(absorbed).toHaveLength(1);
          const smallestBig = Math.min(...big.map(sizeOf));
          expect(sizeOf(absorbed[0] as StakeholderGroup)).toBe(smallestBig);
        }
      }),
    );
  });
});
