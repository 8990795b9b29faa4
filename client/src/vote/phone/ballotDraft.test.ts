import type { Ballot, VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { canAddDot, dotsLeft, stepDots } from '../kinds/dots/ballot';
import { togglePoll } from '../kinds/poll/ballot';
import { rankAdd, rankExpected, rankMove, rankRemove } from '../kinds/rank/ballot';
import { clearScore, setScore } from '../kinds/score/ballot';
import { emptyDraft, fitDraft, isBallotLike } from './ballotDraft';

const base = { anonymous: true, results: 'hidden', source: { type: 'list', stageId: 'stage1' } } as const;
const dots: VoteSettings = { ...base, kind: 'dots', budget: 5, maxPerItem: 3 };
const rank: VoteSettings = { ...base, kind: 'rank', rankTop: 2 };
const poll: VoteSettings = {
  ...base,
  kind: 'poll',
  options: [
    { id: 'o1', label: 'One' },
    { id: 'o2', label: 'Two' },
  ],
  source: { type: 'options' },
};
const targets = ['a', 'b', 'c'];

describe('dots', () => {
  it('stops at the cap and when the budget is spent', () => {
    let d = emptyDraft('dots') as Extract<Ballot, { kind: 'dots' }>;
    for (let i = 0; i < 4; i++) d = stepDots(dots, d, 'a', 1);
    expect(d.allocations).toEqual({ a: 3 });
    expect(canAddDot(dots, d, 'a')).toBe(false);
    d = stepDots(dots, stepDots(dots, d, 'b', 1), 'b', 1);
    expect(dotsLeft(dots, d)).toBe(0);
    expect(stepDots(dots, d, 'c', 1)).toBe(d);
  });

  it('drops an item taken back to zero, and never goes below', () => {
    const d = stepDots(dots, { kind: 'dots', allocations: { a: 1 } }, 'a', -1);
    expect(d.allocations).toEqual({});
    expect(stepDots(dots, d, 'a', -1)).toBe(d);
  });
});

describe('rank', () => {
  it('takes the top K, moves and removes', () => {
    expect(rankExpected(rank, targets)).toBe(2);
    expect(rankExpected({ ...rank, rankTop: undefined }, targets)).toBe(3);
    let d = emptyDraft('rank') as Extract<Ballot, { kind: 'rank' }>;
    d = rankAdd(rank, targets, rankAdd(rank, targets, d, 'c'), 'a');
    expect(rankAdd(rank, targets, d, 'b')).toBe(d);
    expect(rankAdd(rank, targets, d, 'a')).toBe(d);
    expect(rankMove(d, 1, 0).order).toEqual(['a', 'c']);
    expect(rankMove(d, 1, 2)).toBe(d);
    expect(rankRemove(d, 'c').order).toEqual(['a']);
  });
});

describe('score and poll', () => {
  it('sets and clears scores per item and criterion', () => {
    const d = setScore(setScore({ kind: 'score', scores: {} }, 'a', 'impact', 4), 'a', 'feasibility', 2);
    expect(d.scores).toEqual({ a: { impact: 4, feasibility: 2 } });
    expect(clearScore(d, 'a').scores).toEqual({});
  });

  it('replaces a single choice and toggles several', () => {
    const one = togglePoll(poll, togglePoll(poll, { kind: 'poll', choices: [] }, 'o1'), 'o2');
    expect(one.choices).toEqual(['o2']);
    const many = { ...poll, multiple: true };
    const both = togglePoll(many, togglePoll(many, { kind: 'poll', choices: [] }, 'o1'), 'o2');
    expect(both.choices).toEqual(['o1', 'o2']);
    expect(togglePoll(many, both, 'o1').choices).toEqual(['o2']);
  });
});

describe('fitDraft', () => {
  it('keeps a kept draft within the vote as it is now', () => {
    expect(fitDraft(dots, targets, { kind: 'dots', allocations: { a: 5, gone: 1, b: 4 } })).toEqual({
      kind: 'dots',
      allocations: { a: 3, b: 2 },
    });
    expect(fitDraft(rank, targets, { kind: 'rank', order: ['b', 'b', 'x', 'a', 'c'] })).toEqual({
      kind: 'rank',
      order: ['b', 'a'],
    });
    expect(fitDraft(poll, targets, { kind: 'poll', choices: ['o2', 'o1', 'zz'] })).toEqual({
      kind: 'poll',
      choices: ['o2'],
    });
  });

  it('starts empty when the kind changed or nothing was kept', () => {
    expect(fitDraft(dots, targets, { kind: 'rank', order: ['a'] })).toEqual(emptyDraft('dots'));
    expect(fitDraft(poll, targets, null)).toEqual(emptyDraft('poll'));
  });
});

describe('isBallotLike', () => {
  it('accepts ballot shapes and rejects junk from storage', () => {
    expect(isBallotLike({ kind: 'status', ratings: { a: 'partly' } })).toBe(true);
    expect(isBallotLike({ kind: 'status', ratings: { a: 'great' } })).toBe(false);
    expect(isBallotLike({ kind: 'score', scores: { a: { impact: 9 } } })).toBe(false);
    expect(isBallotLike({ kind: 'dots', allocations: [] })).toBe(false);
    expect(isBallotLike('dots')).toBe(false);
  });
});
