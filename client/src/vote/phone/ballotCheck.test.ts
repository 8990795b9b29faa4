import type { VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { ballotProblem, ballotProgress, sameBallot } from './ballotCheck';

const base = { anonymous: true, results: 'hidden', source: { type: 'list', stageId: 'stage1' } } as const;
const targets = ['a', 'b', 'c'];

describe('ballotProblem', () => {
  it('names what stops a dot ballot', () => {
    const dots: VoteSettings = { ...base, kind: 'dots', budget: 3, maxPerItem: 2 };
    expect(ballotProblem(dots, targets, { kind: 'dots', allocations: {} })).toEqual({ code: 'dotsNone' });
    expect(ballotProblem(dots, targets, { kind: 'dots', allocations: { a: 2, b: 2 } })).toEqual({
      code: 'dotsOver',
      budget: 3,
    });
    expect(ballotProblem(dots, targets, { kind: 'dots', allocations: { a: 3 } })).toEqual({
      code: 'dotsCap',
      cap: 2,
    });
    expect(ballotProblem(dots, targets, { kind: 'dots', allocations: { a: 2, b: 1 } })).toBeNull();
  });

  it('asks for exactly the number to rank', () => {
    const rank: VoteSettings = { ...base, kind: 'rank', rankTop: 2 };
    expect(ballotProblem(rank, targets, { kind: 'rank', order: ['a'] })).toEqual({
      code: 'rankCount',
      expected: 2,
      have: 1,
    });
    expect(ballotProblem(rank, targets, { kind: 'rank', order: ['b', 'a'] })).toBeNull();
  });

  it('finds the first half-scored item on the screen', () => {
    const score: VoteSettings = { ...base, kind: 'score' };
    expect(ballotProblem(score, targets, { kind: 'score', scores: {} })).toEqual({ code: 'scoreNone' });
    const half = { kind: 'score', scores: { c: { impact: 2 }, b: { feasibility: 5 } } } as const;
    expect(ballotProblem(score, targets, half)).toEqual({ code: 'scorePartial', itemId: 'b' });
    expect(
      ballotProblem(score, targets, { kind: 'score', scores: { a: { impact: 1, feasibility: 5 } } }),
    ).toBeNull();
  });

  it('falls back on the shared validation for what only it catches', () => {
    const dots: VoteSettings = { ...base, kind: 'dots', budget: 3 };
    expect(ballotProblem(dots, targets, { kind: 'dots', allocations: { gone: 1 } })).toEqual({
      code: 'invalid',
      serverCode: 'unknown_item',
    });
  });
});

describe('ballotProgress', () => {
  it('counts only fully scored items', () => {
    const score: VoteSettings = { ...base, kind: 'score' };
    const draft = { kind: 'score', scores: { a: { impact: 1, feasibility: 2 }, b: { impact: 3 } } } as const;
    expect(ballotProgress(score, targets, draft)).toEqual({ done: 1, of: 3 });
  });
});

describe('sameBallot', () => {
  it('ignores key order, zero dots and the order of poll choices', () => {
    expect(
      sameBallot({ kind: 'dots', allocations: { a: 1, b: 0 } }, { kind: 'dots', allocations: { a: 1 } }),
    ).toBe(true);
    expect(sameBallot({ kind: 'poll', choices: ['x', 'y'] }, { kind: 'poll', choices: ['y', 'x'] })).toBe(
      true,
    );
    expect(sameBallot({ kind: 'rank', order: ['a', 'b'] }, { kind: 'rank', order: ['b', 'a'] })).toBe(false);
    expect(sameBallot(null, undefined)).toBe(true);
    expect(sameBallot({ kind: 'rank', order: ['a'] }, null)).toBe(false);
  });
});
