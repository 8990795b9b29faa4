import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode, type Result } from '../errors.js';
import { type Ballot, ballotSchema } from './ballot.js';
import { type VoteSettings, voteSettingsSchema } from './settings.js';
import { validateBallot } from './validateBallot.js';
import { MAX_VOTE_TARGETS, STATUS_RATINGS, type VoteKind } from './voteKinds.js';

const TARGETS = ['item_a', 'item_b', 'item_c', 'item_d'] as const;
const OPTIONS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'abstain', label: 'Abstain' },
];

function settings(over: Record<string, unknown>): VoteSettings {
  return voteSettingsSchema.parse({
    anonymous: true,
    results: 'live',
    source: over.kind === 'poll' ? { type: 'options' } : { type: 'list', stageId: 'stage_01' },
    ...over,
  });
}

const DOTS = settings({ kind: 'dots', budget: 5, maxPerItem: 3 });
const RANK = settings({ kind: 'rank' });
const SCORE = settings({ kind: 'score' });
const POLL = settings({ kind: 'poll', options: OPTIONS });
const POLL_MULTIPLE = settings({ kind: 'poll', options: OPTIONS, multiple: true });
const STATUS = settings({ kind: 'status' });
const APPROVAL = settings({ kind: 'approval' });

const SAMPLE_BALLOTS: Record<VoteKind, Ballot> = {
  dots: { kind: 'dots', allocations: { item_a: 2 } },
  rank: { kind: 'rank', order: [...TARGETS] },
  score: { kind: 'score', scores: { item_a: { impact: 4, feasibility: 2 } } },
  poll: { kind: 'poll', choices: ['yes'] },
  status: { kind: 'status', ratings: { item_a: 'on_track' } },
  approval: { kind: 'approval', approved: ['item_a', 'item_c'] },
};
const SETTINGS_OF: Record<VoteKind, VoteSettings> = {
  dots: DOTS,
  rank: RANK,
  score: SCORE,
  poll: POLL,
  status: STATUS,
  approval: APPROVAL,
};

/** Asserts that `result` failed with `code` and returns its message. */
function errorOf(result: Result<Ballot>, code: ErrorCode): string {
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.error.code).toBe(code);
  return result.error.message;
}

/** Asserts that `result` succeeded and returns the canonical ballot. */
function acceptedBallot(result: Result<Ballot>): Ballot {
  if (!result.ok) expect.fail(`refused: ${result.error.code} ${result.error.message}`);
  return result.value;
}

describe('validateBallot: kind', () => {
  it('accepts each sample ballot under its own vote', () => {
    for (const kind of Object.keys(SAMPLE_BALLOTS) as VoteKind[]) {
      expect(validateBallot(SETTINGS_OF[kind], TARGETS, SAMPLE_BALLOTS[kind]).ok, kind).toBe(true);
    }
  });

  it('refuses a ballot of another kind with bad_request, naming both kinds', () => {
    for (const voteKind of Object.keys(SETTINGS_OF) as VoteKind[]) {
      for (const ballotKind of Object.keys(SAMPLE_BALLOTS) as VoteKind[]) {
        if (voteKind === ballotKind) continue;
        const message = errorOf(
          validateBallot(SETTINGS_OF[voteKind], TARGETS, SAMPLE_BALLOTS[ballotKind]),
          ErrorCode.badRequest,
        );
        expect(message).toContain(voteKind);
        expect(message).toContain(ballotKind);
      }
    }
  });
});

describe('validateBallot: dots (budget 5, at most 3 on one item)', () => {
  const dots = (allocations: Record<string, number>): Ballot => ({ kind: 'dots', allocations });

  it('accepts a ballot within the budget and the cap', () => {
    expect(acceptedBallot(validateBallot(DOTS, TARGETS, dots({ item_a: 2, item_b: 1 })))).toEqual(
      dots({ item_a: 2, item_b: 1 }),
    );
  });

  it('accepts a ballot that spends exactly the budget', () => {
    expect(acceptedBallot(validateBallot(DOTS, TARGETS, dots({ item_a: 3, item_b: 2 })))).toEqual(
      dots({ item_a: 3, item_b: 2 }),
    );
    expect(validateBallot(DOTS, TARGETS, dots({ item_a: 1, item_b: 1, item_c: 1, item_d: 2 })).ok).toBe(true);
  });

  it('accepts exactly the cap on one item', () => {
    expect(validateBallot(DOTS, TARGETS, dots({ item_c: 3 })).ok).toBe(true);
  });

  it('refuses a ballot over the budget with over_budget', () => {
    const message = errorOf(
      validateBallot(DOTS, TARGETS, dots({ item_a: 2, item_b: 2, item_c: 2 })),
      ErrorCode.overBudget,
    );
    expect(message).toContain('5');
    expect(message).toContain('6');
    errorOf(validateBallot(DOTS, TARGETS, dots({ item_a: 3, item_b: 3 })), ErrorCode.overBudget);
  });

  it('refuses more than the cap on one item with over_cap, even within the budget', () => {
    errorOf(validateBallot(DOTS, TARGETS, dots({ item_a: 4 })), ErrorCode.overCap);
    errorOf(validateBallot(DOTS, TARGETS, dots({ item_a: 1, item_b: 4 })), ErrorCode.overCap);
  });

  it('has no cap when maxPerItem is absent', () => {
    const uncapped = settings({ kind: 'dots', budget: 5 });
    expect(validateBallot(uncapped, TARGETS, dots({ item_a: 5 })).ok).toBe(true);
    errorOf(validateBallot(uncapped, TARGETS, dots({ item_a: 6 })), ErrorCode.overBudget);
  });

  it('refuses an item that is not one of the targets with unknown_item, even with zero dots', () => {
    const message = errorOf(
      validateBallot(DOTS, TARGETS, dots({ item_a: 1, item_z: 1 })),
      ErrorCode.unknownItem,
    );
    expect(message).toContain('item_z');
    errorOf(validateBallot(DOTS, TARGETS, dots({ item_z: 0 })), ErrorCode.unknownItem);
    errorOf(validateBallot(DOTS, [], dots({ item_a: 1 })), ErrorCode.unknownItem);
  });

  it('drops zero allocations from the canonical form', () => {
    expect(acceptedBallot(validateBallot(DOTS, TARGETS, dots({ item_a: 0, item_b: 2, item_c: 0 })))).toEqual(
      dots({ item_b: 2 }),
    );
  });

  it('accepts exactly when every item is known, within the cap and the total within the budget', () => {
    const idArb = fc.constantFrom(...TARGETS, 'item_x', 'item_y');
    fc.assert(
      fc.property(
        fc.dictionary(idArb, fc.nat({ max: 8 }), { maxKeys: 6 }),
        fc.integer({ min: 1, max: 12 }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (allocations, budget, maxPerItem) => {
          const vote = settings({ kind: 'dots', budget, maxPerItem });
          const entries = Object.entries(allocations);
          const unknown = entries.some(([id]) => !(TARGETS as readonly string[]).includes(id));
          const overCap = maxPerItem !== undefined && entries.some(([, n]) => n > maxPerItem);
          const spent = entries.reduce((s, [, n]) => s + n, 0);
          // Which problem is reported first when there are several is the validator's choice.
          const problems: ErrorCode[] = [];
          if (unknown) problems.push(ErrorCode.unknownItem);
          if (overCap) problems.push(ErrorCode.overCap);
          if (spent > budget) problems.push(ErrorCode.overBudget);
          if (spent === 0 && !unknown) problems.push(ErrorCode.badRequest);
          const result = validateBallot(vote, TARGETS, dots(allocations));
          if (problems.length === 0) {
            expect(acceptedBallot(result)).toEqual(
              dots(Object.fromEntries(entries.filter(([, n]) => n > 0))),
            );
          } else {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(problems).toContain(result.error.code);
          }
        },
      ),
    );
  });
});

describe('validateBallot: rank', () => {
  const rank = (...order: string[]): Ballot => ({ kind: 'rank', order });

  it('accepts an order of every item when rankTop is absent', () => {
    expect(
      acceptedBallot(validateBallot(RANK, TARGETS, rank('item_c', 'item_a', 'item_d', 'item_b'))),
    ).toEqual(rank('item_c', 'item_a', 'item_d', 'item_b'));
  });

  it('refuses an item ranked twice', () => {
    const message = errorOf(
      validateBallot(RANK, TARGETS, rank('item_a', 'item_b', 'item_a', 'item_d')),
      ErrorCode.badRequest,
    );
    expect(message).toMatch(/once/);
  });

  it('refuses an order of fewer or more items than all of them', () => {
    errorOf(validateBallot(RANK, TARGETS, rank('item_a', 'item_b', 'item_c')), ErrorCode.badRequest);
    errorOf(
      validateBallot(RANK, TARGETS.slice(0, 2), rank('item_a', 'item_b', 'item_c')),
      ErrorCode.unknownItem,
    );
  });

  it('refuses an item that is not one of the targets with unknown_item', () => {
    const message = errorOf(
      validateBallot(RANK, TARGETS, rank('item_a', 'item_b', 'item_c', 'item_zz')),
      ErrorCode.unknownItem,
    );
    expect(message).toContain('item_zz');
  });

  it('with rankTop, wants exactly that many items', () => {
    const top2 = settings({ kind: 'rank', rankTop: 2 });
    expect(validateBallot(top2, TARGETS, rank('item_d', 'item_a')).ok).toBe(true);
    expect(errorOf(validateBallot(top2, TARGETS, rank('item_d')), ErrorCode.badRequest)).toContain('2');
    errorOf(validateBallot(top2, TARGETS, rank('item_d', 'item_a', 'item_b')), ErrorCode.badRequest);
    errorOf(validateBallot(top2, TARGETS, rank(...TARGETS)), ErrorCode.badRequest);
  });

  it('with rankTop above the number of items, wants every item', () => {
    const top10 = settings({ kind: 'rank', rankTop: 10 });
    expect(validateBallot(top10, TARGETS, rank(...TARGETS)).ok).toBe(true);
    expect(errorOf(validateBallot(top10, TARGETS, rank('item_a', 'item_b')), ErrorCode.badRequest)).toContain(
      '4',
    );
  });
});

describe('validateBallot: score (impact and feasibility by default)', () => {
  const score = (scores: Record<string, Record<string, number>>): Ballot => ({ kind: 'score', scores });

  it('accepts every criterion of some of the items', () => {
    const ballot = score({ item_a: { impact: 5, feasibility: 1 }, item_c: { feasibility: 3, impact: 3 } });
    expect(acceptedBallot(validateBallot(SCORE, TARGETS, ballot))).toEqual(ballot);
  });

  it('refuses an item missing a criterion', () => {
    const message = errorOf(
      validateBallot(SCORE, TARGETS, score({ item_a: { impact: 5, feasibility: 1 }, item_b: { impact: 2 } })),
      ErrorCode.badRequest,
    );
    expect(message).toMatch(/every criterion/);
    errorOf(validateBallot(SCORE, TARGETS, score({ item_b: {} })), ErrorCode.badRequest);
  });

  it('refuses a criterion the vote does not have, even beside all the right ones', () => {
    expect(
      errorOf(
        validateBallot(SCORE, TARGETS, score({ item_a: { impact: 5, feasibility: 1, cost: 2 } })),
        ErrorCode.badRequest,
      ),
    ).toContain('cost');
    errorOf(validateBallot(SCORE, TARGETS, score({ item_a: { impact: 5, cost: 2 } })), ErrorCode.badRequest);
  });

  it('refuses an unknown item with unknown_item', () => {
    errorOf(
      validateBallot(SCORE, TARGETS, score({ item_q: { impact: 5, feasibility: 1 } })),
      ErrorCode.unknownItem,
    );
  });

  it('refuses a ballot that scores no item', () => {
    errorOf(validateBallot(SCORE, TARGETS, score({})), ErrorCode.badRequest);
  });

  it("checks the vote's own criteria", () => {
    const custom = settings({
      kind: 'score',
      criteria: [
        { id: 'cost', label: 'Cost', weight: 2 },
        { id: 'reach', label: 'Reach', weight: 0 },
        { id: 'urgency', label: 'Urgency' },
      ],
    });
    expect(validateBallot(custom, TARGETS, score({ item_a: { cost: 1, reach: 2, urgency: 3 } })).ok).toBe(
      true,
    );
    errorOf(
      validateBallot(custom, TARGETS, score({ item_a: { impact: 1, feasibility: 2 } })),
      ErrorCode.badRequest,
    );
    errorOf(
      validateBallot(custom, TARGETS, score({ item_a: { cost: 1, urgency: 3 } })),
      ErrorCode.badRequest,
    );
  });

  it('leaves scores outside 1..5 to ballotSchema, which refuses them', () => {
    for (const value of [0, 6, -1, 2.5, '3', null]) {
      const parsed = ballotSchema.safeParse({
        kind: 'score',
        scores: { item_a: { impact: value, feasibility: 3 } },
      });
      expect(parsed.success, String(value)).toBe(false);
    }
    for (const value of [1, 5]) {
      expect(ballotSchema.safeParse({ kind: 'score', scores: { item_a: { impact: value } } }).success).toBe(
        true,
      );
    }
  });

  // Regression: the settings schema accepts "__proto__" as a criterion id (it matches ID_PATTERN), but no
  // parsed ballot can ever carry it: zod's record parser assigns keys onto a plain object, so a
  // "__proto__" key from the wire is dropped, `given.length !== criteria.length`, and every ballot of
  // the vote is refused. Fix: refuse criterion ids that are Object.prototype names in criterionSchema
  // (settings.ts line 16), e.g. `.refine((id) => !(id in Object.prototype))`.
  it('accepts a complete ballot for every criterion id the settings schema accepts ("__proto__")', () => {
    const vote = voteSettingsSchema.safeParse({
      kind: 'score',
      criteria: [{ id: '__proto__', label: 'Prototype' }],
      anonymous: true,
      results: 'live',
      source: { type: 'list', stageId: 'stage_01' },
    });
    // Refusing the id is a fix too: then no vote can be stuck with it.
    if (!vote.success) return;
    const ballot = ballotSchema.parse(JSON.parse('{"kind":"score","scores":{"item_a":{"__proto__":4}}}'));
    expect(validateBallot(vote.data, TARGETS, ballot).ok).toBe(true);
  });
});

describe('validateBallot: poll', () => {
  const poll = (...choices: string[]): Ballot => ({ kind: 'poll', choices });

  it('takes exactly one choice in a single-choice poll', () => {
    expect(acceptedBallot(validateBallot(POLL, [], poll('no')))).toEqual(poll('no'));
    errorOf(validateBallot(POLL, [], poll('yes', 'no')), ErrorCode.badRequest);
    const explicit = settings({ kind: 'poll', options: OPTIONS, multiple: false });
    errorOf(validateBallot(explicit, [], poll('yes', 'no')), ErrorCode.badRequest);
  });

  it('takes one or several choices in a multiple-choice poll', () => {
    expect(validateBallot(POLL_MULTIPLE, [], poll('abstain')).ok).toBe(true);
    expect(validateBallot(POLL_MULTIPLE, [], poll('yes', 'no')).ok).toBe(true);
    expect(validateBallot(POLL_MULTIPLE, [], poll('abstain', 'yes', 'no')).ok).toBe(true);
  });

  it('refuses an option the poll does not have with unknown_item', () => {
    errorOf(validateBallot(POLL, [], poll('maybe')), ErrorCode.unknownItem);
    errorOf(validateBallot(POLL_MULTIPLE, [], poll('yes', 'maybe')), ErrorCode.unknownItem);
  });

  it('checks choices against the options, not the targets', () => {
    errorOf(validateBallot(POLL, ['maybe'], poll('maybe')), ErrorCode.unknownItem);
    expect(validateBallot(POLL, TARGETS, poll('yes')).ok).toBe(true);
  });

  it('refuses a repeated choice', () => {
    expect(errorOf(validateBallot(POLL_MULTIPLE, [], poll('yes', 'yes')), ErrorCode.badRequest)).toMatch(
      /repeated/,
    );
    errorOf(validateBallot(POLL, [], poll('yes', 'yes')), ErrorCode.badRequest);
  });
});

describe('validateBallot: status', () => {
  const status = (ratings: Extract<Ballot, { kind: 'status' }>['ratings']): Ballot => ({
    kind: 'status',
    ratings,
  });

  it('accepts any of the ratings on some of the items', () => {
    const ballot = status({ item_a: 'on_track', item_b: 'partly', item_c: 'off_track', item_d: 'unknown' });
    expect(acceptedBallot(validateBallot(STATUS, TARGETS, ballot))).toEqual(ballot);
    expect(validateBallot(STATUS, TARGETS, status({ item_d: 'off_track' })).ok).toBe(true);
  });

  it('refuses an unknown item with unknown_item', () => {
    errorOf(
      validateBallot(STATUS, TARGETS, status({ item_a: 'partly', other: 'partly' })),
      ErrorCode.unknownItem,
    );
  });

  it('refuses a ballot that rates nothing', () => {
    errorOf(validateBallot(STATUS, TARGETS, status({})), ErrorCode.badRequest);
  });

  it('leaves unknown ratings to ballotSchema, which refuses them', () => {
    expect(ballotSchema.safeParse({ kind: 'status', ratings: { item_a: 'great' } }).success).toBe(false);
    for (const rating of STATUS_RATINGS) {
      expect(ballotSchema.safeParse({ kind: 'status', ratings: { item_a: rating } }).success).toBe(true);
    }
  });
});

describe('validateBallot: approval', () => {
  const approval = (...approved: string[]): Ballot => ({ kind: 'approval', approved });

  it('accepts approving none of the items ("none of these")', () => {
    expect(acceptedBallot(validateBallot(APPROVAL, TARGETS, approval()))).toEqual(approval());
  });

  it('accepts approving some or every item, in the canonical form listed in the vote’s order', () => {
    expect(acceptedBallot(validateBallot(APPROVAL, TARGETS, approval('item_c', 'item_a')))).toEqual(
      approval('item_a', 'item_c'),
    );
    expect(acceptedBallot(validateBallot(APPROVAL, TARGETS, approval(...[...TARGETS].reverse())))).toEqual(
      approval(...TARGETS),
    );
  });

  it('refuses an item approved twice', () => {
    const message = errorOf(
      validateBallot(APPROVAL, TARGETS, approval('item_a', 'item_b', 'item_a')),
      ErrorCode.badRequest,
    );
    expect(message).toContain('once');
  });

  it('refuses an item that is not one of the targets with unknown_item', () => {
    errorOf(validateBallot(APPROVAL, TARGETS, approval('item_a', 'item_x')), ErrorCode.unknownItem);
    errorOf(validateBallot(APPROVAL, TARGETS.slice(0, 2), approval('item_c')), ErrorCode.unknownItem);
  });

  it('accepts exactly the sets of this vote’s items, never more approvals than items', () => {
    const idArb = fc.constantFrom(...TARGETS, 'item_x', 'item_y');
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 8 }), (approved) => {
        const known = approved.every((id) => (TARGETS as readonly string[]).includes(id));
        const unique = new Set(approved).size === approved.length;
        const result = validateBallot(APPROVAL, TARGETS, approval(...approved));
        if (known && unique) {
          const canonical = acceptedBallot(result);
          expect(canonical).toEqual(approval(...TARGETS.filter((id) => approved.includes(id))));
          if (canonical.kind === 'approval')
            expect(canonical.approved.length).toBeLessThanOrEqual(TARGETS.length);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect([ErrorCode.unknownItem, ErrorCode.badRequest]).toContain(result.error.code);
          if (!result.ok && !known) expect(result.error.code).toBe(ErrorCode.unknownItem);
        }
      }),
    );
  });
});

describe('ballotSchema', () => {
  const many = (n: number, value: unknown) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`item_${i}`, value]));
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `item_${i}`);

  it('accepts each sample ballot', () => {
    for (const ballot of Object.values(SAMPLE_BALLOTS)) expect(ballotSchema.parse(ballot)).toEqual(ballot);
  });

  it('accepts up to 100 entries', () => {
    expect(ballotSchema.safeParse({ kind: 'dots', allocations: many(MAX_VOTE_TARGETS, 1) }).success).toBe(
      true,
    );
    expect(ballotSchema.safeParse({ kind: 'rank', order: ids(MAX_VOTE_TARGETS) }).success).toBe(true);
    expect(
      ballotSchema.safeParse({ kind: 'status', ratings: many(MAX_VOTE_TARGETS, 'partly') }).success,
    ).toBe(true);
    expect(ballotSchema.safeParse({ kind: 'poll', choices: ids(20) }).success).toBe(true);
    expect(ballotSchema.safeParse({ kind: 'approval', approved: ids(MAX_VOTE_TARGETS) }).success).toBe(true);
  });

  it('accepts an approval ballot that approves nothing', () => {
    expect(ballotSchema.safeParse({ kind: 'approval', approved: [] }).success).toBe(true);
  });

  it.each([
    ['dots allocations', { kind: 'dots', allocations: many(MAX_VOTE_TARGETS + 1, 1) }],
    ['score items', { kind: 'score', scores: many(MAX_VOTE_TARGETS + 1, { impact: 3 }) }],
    ['status ratings', { kind: 'status', ratings: many(MAX_VOTE_TARGETS + 1, 'partly') }],
    ['rank order', { kind: 'rank', order: ids(MAX_VOTE_TARGETS + 1) }],
    ['poll choices (more than 20)', { kind: 'poll', choices: ids(21) }],
    ['approvals', { kind: 'approval', approved: ids(MAX_VOTE_TARGETS + 1) }],
  ])('refuses more than 100 %s', (_label, input) => {
    expect(ballotSchema.safeParse(input).success).toBe(false);
  });

  it.each([
    ['an extra top-level key', { ...SAMPLE_BALLOTS.dots, voter: 'p1' }],
    ['an extra key on a rank ballot', { ...SAMPLE_BALLOTS.rank, weight: 2 }],
    ['an extra key on a poll ballot', { ...SAMPLE_BALLOTS.poll, group: 'government' }],
    ['an unknown kind', { kind: 'veto', choices: ['yes'] }],
    ['an approval ballot with the body of a poll', { kind: 'approval', choices: ['yes'] }],
    ['approvals that are not an array', { kind: 'approval', approved: 'item_a' }],
    ['approvals as a map', { kind: 'approval', approved: { item_a: true } }],
    ['an approved id with a slash', { kind: 'approval', approved: ['item/a'] }],
    ['an extra key on an approval ballot', { kind: 'approval', approved: [], none: true }],
    ['no kind', { allocations: { item_a: 1 } }],
    ['a kind with the wrong body', { kind: 'dots', order: ['item_a'] }],
    ['a string allocation', { kind: 'dots', allocations: { item_a: '3' } }],
    ['a negative allocation', { kind: 'dots', allocations: { item_a: -1 } }],
    ['a fractional allocation', { kind: 'dots', allocations: { item_a: 1.5 } }],
    ['an allocation above 100', { kind: 'dots', allocations: { item_a: 101 } }],
    ['an allocation of NaN', { kind: 'dots', allocations: { item_a: Number.NaN } }],
    ['allocations as an array', { kind: 'dots', allocations: [1, 2] }],
    ['an item id with a space', { kind: 'dots', allocations: { 'item a': 1 } }],
    ['an empty item id', { kind: 'dots', allocations: { '': 1 } }],
    ['an item id of 65 characters', { kind: 'dots', allocations: { ['x'.repeat(65)]: 1 } }],
    ['an order that is not an array', { kind: 'rank', order: 'item_a' }],
    ['an empty order', { kind: 'rank', order: [] }],
    ['a number in an order', { kind: 'rank', order: ['item_a', 2] }],
    ['no choice', { kind: 'poll', choices: [] }],
    ['a choice id with a slash', { kind: 'poll', choices: ['yes/no'] }],
    ['scores that are not objects', { kind: 'score', scores: { item_a: 4 } }],
    ['a criterion name of 65 characters', { kind: 'score', scores: { item_a: { ['c'.repeat(65)]: 4 } } }],
    ['a rating of the wrong type', { kind: 'status', ratings: { item_a: 1 } }],
    ['null', null],
    ['a string', 'dots'],
  ])('refuses %s', (_label, input) => {
    expect(ballotSchema.safeParse(input).success).toBe(false);
  });
});
