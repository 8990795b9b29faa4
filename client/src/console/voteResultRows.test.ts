import { DEFAULT_CRITERIA, type StageView, tallyVote, type VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  cellOf,
  cutOf,
  groupColumns,
  matrixPoints,
  quadrantOf,
  rankedRows,
  rankMark,
  rowIds,
  statusShares,
} from './voteResultRows';

const dots: VoteSettings = {
  kind: 'dots',
  budget: 5,
  anonymous: true,
  results: 'hidden',
  source: { type: 'list', stageId: 'list_stage' },
};

describe('vote result rows', () => {
  it('ranks with ties marked and bars relative to the top', () => {
    const results = tallyVote(
      dots,
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
    expect(rankMark(1, true)).toBe('=1');
    expect(rankMark(3, false)).toBe('3');
    expect(rowIds(results.overall)).toEqual(['a', 'b', 'c']);
  });

  it('gives zero-length bars when nobody has voted', () => {
    const results = tallyVote(dots, ['a', 'b'], []);
    expect(rankedRows(results.overall).map((r) => r.share)).toEqual([0, 0]);
  });

  it('lines every shown group up beside the overall result', () => {
    const ballot = (a: number) => ({ kind: 'dots' as const, allocations: { a, b: 5 - a } });
    const counted = [
      ...[5, 4, 3].map((a) => ({ group: 'government' as const, ballot: ballot(a) })),
      ...[0, 1, 2].map((a) => ({ group: 'academia' as const, ballot: ballot(a) })),
      ...[0, 1, 2, 3].map((a) => ({ group: 'civil_society' as const, ballot: ballot(a) })),
      { group: 'community' as const, ballot: ballot(5) },
    ];
    const results = tallyVote(dots, ['a', 'b'], counted);
    const columns = groupColumns(results);
    expect(columns.map((c) => [c.key, c.voters])).toEqual([
      ['overall', 11],
      ['civil_society', 4],
      ['academia', 3],
      ['other', 4],
    ]);
    // The one community voter was pooled with a smallest group into "other", never shown alone.
    expect(cellOf(columns[3]?.result ?? results.overall, 'a')).toMatchObject({ value: 17, rank: 1 });
  });

  it('places scored items in quadrants, spreading items on the same spot', () => {
    const score: VoteSettings = {
      ...dots,
      kind: 'score',
      budget: undefined,
      criteria: [...DEFAULT_CRITERIA],
    };
    const scores = (impact: number, feasibility: number) => ({ impact, feasibility });
    const results = tallyVote(
      score,
      ['a', 'b', 'c', 'd'],
      [
        {
          group: 'academia',
          ballot: { kind: 'score', scores: { a: scores(5, 5), b: scores(5, 5), c: scores(2, 4) } },
        },
      ],
    );
    if (results.overall.kind !== 'score') throw new Error('expected a score result');
    const points = matrixPoints(results.overall);
    expect(points.map((p) => [p.id, p.quadrant])).toEqual([
      ['a', 'doFirst'],
      ['b', 'doFirst'],
      ['c', 'quickWins'],
    ]);
    const [a, b, c] = points;
    expect(a && b && (a.dx !== b.dx || a.dy !== b.dy)).toBe(true);
    expect(c).toMatchObject({ x: 4, y: 2, dx: 0, dy: 0 });
    expect(quadrantOf(4, 1)).toBe('plan');
    expect(quadrantOf(1, 1)).toBe('reconsider');
    expect(quadrantOf(3, 3)).toBe('doFirst');
  });

  it('splits status ratings in their fixed order', () => {
    expect(statusShares({ on_track: 3, partly: 1, off_track: 0, unknown: 0 })).toEqual([
      { rating: 'on_track', count: 3, share: 0.75 },
      { rating: 'partly', count: 1, share: 0.25 },
      { rating: 'off_track', count: 0, share: 0 },
      { rating: 'unknown', count: 0, share: 0 },
    ]);
    expect(statusShares({ on_track: 0, partly: 0, off_track: 0, unknown: 0 })[0]?.share).toBe(0);
  });

  it('finds the later vote that takes this one’s top N', () => {
    const stage = (id: string, settings: VoteSettings | null): StageView => ({
      id,
      kind: 'vote',
      title: id,
      description: '',
      state: 'draft',
      locked: false,
      timer: { status: 'idle', durationMs: 0, endsAt: null, remainingMs: 0 },
      rank: 1,
      display: 'list',
      vote: { settings, targets: [], turnout: 0, results: null },
    });
    const scoring = stage('scoring', {
      ...dots,
      kind: 'score',
      source: { type: 'top', stageId: 'dots', n: 5 },
    });
    expect(cutOf([stage('dots', dots), scoring], 'dots')).toEqual({ n: 5, stage: scoring });
    expect(cutOf([stage('dots', dots), scoring], 'scoring')).toBeNull();
  });
});
