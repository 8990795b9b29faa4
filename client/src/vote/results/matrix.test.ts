import { DEFAULT_CRITERIA, tallyVote, type VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { matrixAxes, matrixPoints, quadrantOf, scoreNumbers } from './matrix';
import { dotSettings, scoreResult } from './resultFixtures';

const score = scoreResult;

describe('matrix', () => {
  // The console once took the first criterion as the vertical axis, whatever its id; the board's
  // reading (impact up by id) is the one every screen draws.
  it('puts impact up and feasibility across, by id, whatever their order', () => {
    expect(matrixAxes(score)).toMatchObject({ x: { id: 'feasibility' }, y: { id: 'impact' } });
    expect(matrixAxes({ ...score, criteria: [{ id: 'cost', label: 'Cost', weight: 1 }] })).toBeNull();
  });

  // quadrantOf once took (y, x) on the console and (x, y) on the board.
  it('places only scored items, and splits the quarters at the middle of the scale', () => {
    expect(matrixPoints(score)).toEqual([{ id: 'a', x: 2, y: 4.5, rank: 1, tied: false, quadrant: 'plan' }]);
    expect(quadrantOf(4, 4)).toBe('doFirst');
    expect(quadrantOf(2, 4)).toBe('plan');
    expect(quadrantOf(3, 2)).toBe('quickWins');
    expect(quadrantOf(1, 1)).toBe('reconsider');
    expect(quadrantOf(3, 3)).toBe('doFirst');
  });

  it('places a real tally’s scored items in quadrants', () => {
    const settings: VoteSettings = { ...dotSettings, kind: 'score', criteria: [...DEFAULT_CRITERIA] };
    const scores = (impact: number, feasibility: number) => ({ impact, feasibility });
    const results = tallyVote(
      settings,
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
    expect(points[2]).toMatchObject({ x: 4, y: 2 });
  });

  it('numbers the scored items in the order of the table', () => {
    expect([...scoreNumbers({ ...score, items: [...score.items].reverse() })]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});
