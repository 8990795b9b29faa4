import { emptyGroupCounts, type KindResult, type VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  formatMean,
  formatTotal,
  hasVotes,
  matrixAxes,
  matrixPoints,
  percentages,
  presentVoters,
  quadrantOf,
  rankedRows,
  rankMark,
  statusShares,
} from './resultsRows';

const dots: KindResult = {
  kind: 'dots',
  items: [
    { id: 'b', points: 4, rank: 2, tied: true },
    { id: 'a', points: 8, rank: 1, tied: false },
    { id: 'c', points: 4, rank: 2, tied: true },
  ],
};
const score: Extract<KindResult, { kind: 'score' }> = {
  kind: 'score',
  criteria: [
    { id: 'feasibility', label: 'Feasibility', weight: 1 },
    { id: 'impact', label: 'Impact', weight: 1 },
  ],
  items: [
    { id: 'a', n: 3, means: { impact: 4.5, feasibility: 2 }, total: 3.25, rank: 1, tied: false },
    { id: 'b', n: 0, means: { impact: 0, feasibility: 0 }, total: 0, rank: 2, tied: false },
  ],
};

describe('rankedRows', () => {
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

  it('knows when nothing was cast', () => {
    expect(hasVotes({ kind: 'poll', options: [{ id: 'o', count: 0, rank: 1, tied: false }] })).toBe(false);
    expect(hasVotes(dots)).toBe(true);
  });
});

describe('status', () => {
  it('keeps the four bands in scale order with their shares', () => {
    const shares = statusShares({ on_track: 2, partly: 1, off_track: 0, unknown: 1 });
    expect(shares.map((s) => [s.rating, s.share])).toEqual([
      ['on_track', 0.5],
      ['partly', 0.25],
      ['off_track', 0],
      ['unknown', 0.25],
    ]);
  });

  it('rounds percentages so they add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});

describe('matrix', () => {
  it('puts impact up and feasibility across, by id, whatever their order', () => {
    expect(matrixAxes(score)).toMatchObject({ x: { id: 'feasibility' }, y: { id: 'impact' } });
    expect(matrixAxes({ ...score, criteria: [{ id: 'cost', label: 'Cost', weight: 1 }] })).toBeNull();
  });

  it('places only scored items, and splits the quarters at the middle of the scale', () => {
    expect(matrixPoints(score)).toEqual([{ id: 'a', x: 2, y: 4.5, rank: 1, tied: false }]);
    expect(quadrantOf(4, 4)).toBe('doFirst');
    expect(quadrantOf(2, 4)).toBe('plan');
    expect(quadrantOf(3, 2)).toBe('quickWins');
    expect(quadrantOf(1, 1)).toBe('reconsider');
  });
});

describe('formatting', () => {
  it('writes means, totals and shared ranks as the room reads them', () => {
    expect(formatMean(3)).toBe('3.0');
    expect(formatMean(4.26)).toBe('4.3');
    expect(formatTotal(3.195)).toBe('3.20');
    expect(rankMark(2, true)).toBe('=2');
    expect(rankMark(1, false)).toBe('1');
  });
});

describe('presentVoters', () => {
  it('counts everyone present, or only the invited groups', () => {
    const byGroup = { ...emptyGroupCounts(), government: 4, academia: 2, community: 5 };
    const presence = { total: 11, byGroup };
    const settings = {
      kind: 'dots',
      budget: 3,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: 's' },
    } as VoteSettings;
    expect(presentVoters(presence, settings)).toBe(11);
    expect(presentVoters(presence, { ...settings, groups: ['government', 'academia'] })).toBe(6);
    expect(presentVoters(undefined, settings)).toBeUndefined();
  });
});
