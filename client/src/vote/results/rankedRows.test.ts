import { type KindResult, tallyVote } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { cellOf, hasVotes, rankedRows, rowIds, voterPercent } from './rankedRows';
import { dotSettings, scoreResult } from './resultFixtures';

const dots: KindResult = {
  kind: 'dots',
  items: [
    { id: 'b', points: 4, rank: 2, tied: true },
    { id: 'a', points: 8, rank: 1, tied: false },
    { id: 'c', points: 4, rank: 2, tied: true },
  ],
};
const score = scoreResult;

describe('rankedRows', () => {
  // The board and the console once read these two differently (the console kept the tally's order
  // and scaled score bars to the largest total); the board's reading is the one every screen draws.
  it('orders by rank, keeps ties, and scales bars to the largest', () => {
    expect(rankedRows(dots)).toEqual([
      { id: 'a', value: 8, rank: 1, tied: false, share: 1 },
      { id: 'b', value: 4, rank: 2, tied: true, share: 0.5 },
      { id: 'c', value: 4, rank: 2, tied: true, share: 0.5 },
    ]);
  });

  it('draws scores on the fixed 1–5 scale', () => {
    expect(rankedRows(score)[0]?.share).toBeCloseTo(0.65);
  });

  it('ranks a real tally with ties marked and bars relative to the top', () => {
    const results = tallyVote(
      dotSettings,
      ['a', 'b', 'c'],
      [
        { group: 'academia', ballot: { kind: 'dots', allocations: { a: 2, b: 2 } } },
        { group: 'academia', ballot: { kind: 'dots', allocations: { a: 2, b: 2, c: 1 } } },
      ],
    );
    expect(rankedRows(results.overall)).toEqual([
      { id: 'a', value: 4, rank: 1, tied: true, share: 1 },
      { id: 'b', value: 4, rank: 1, tied: true, share: 1 },
      { id: 'c', value: 1, rank: 3, tied: false, share: 0.25 },
    ]);
    expect(rowIds(results.overall)).toEqual(['a', 'b', 'c']);
  });

  it('gives zero-length bars when nobody has voted', () => {
    const results = tallyVote(dotSettings, ['a', 'b'], []);
    expect(rankedRows(results.overall).map((r) => r.share)).toEqual([0, 0]);
  });

  it('knows when nothing was cast', () => {
    expect(hasVotes({ kind: 'poll', options: [{ id: 'o', count: 0, rank: 1, tied: false }] })).toBe(false);
    expect(hasVotes(dots)).toBe(true);
    expect(hasVotes({ kind: 'status', items: [] })).toBe(false);
  });

  it('finds one item’s cell, and keeps a status review in list order', () => {
    expect(cellOf(dots, 'c')).toMatchObject({ value: 4, rank: 2, share: 0.5 });
    const counts = { on_track: 1, partly: 0, off_track: 0, unknown: 0 };
    const status: KindResult = {
      kind: 'status',
      items: [
        { id: 'y', n: 1, counts },
        { id: 'x', n: 1, counts },
      ],
    };
    expect(rowIds(status)).toEqual(['y', 'x']);
    expect(cellOf(status, 'x')).toMatchObject({ id: 'x', counts });
  });

  it('gives a poll option’s share of the voters in whole percent', () => {
    expect(voterPercent(2, 3)).toBe(67);
    expect(voterPercent(0, 0)).toBeNull();
  });
});
