import type { StageView } from '@majlis/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnPages, spreadPoints, visibleResults } from './resultsLayout';

describe('spreadPoints', () => {
  it('fans out dots that would sit on top of each other, around where they belong', () => {
    const out = spreadPoints(
      [
        { id: 'a', x: 100, y: 100 },
        { id: 'b', x: 100, y: 100 },
        { id: 'c', x: 400, y: 100 },
      ],
      20,
    );
    const [a, b, c] = out;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeCloseTo(20);
    expect(((a?.x ?? 0) + (b?.x ?? 0)) / 2).toBeCloseTo(100);
    expect(c).toEqual({ id: 'c', x: 400, y: 100 });
  });

  it('puts three or more on a ring with neighbours at least minDist apart', () => {
    const out = spreadPoints(
      ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 50, y: 50 })),
      10,
    );
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const p = out[i];
        const q = out[j];
        expect(Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0))).toBeGreaterThanOrEqual(9.99);
      }
  });
});

describe('spreadPoints, crowded', () => {
  it('keeps every two dots minDist apart and inside the bounds, however many tie where', () => {
    const bounds = { x: 0, y: 0, width: 600, height: 500 };
    const value = fc.integer({ min: 0, max: 8 }).map((k) => k / 8);
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 20 }), (spots) => {
        const out = spreadPoints(
          spots.map(([x, y], i) => ({ id: String(i), x: 30 + x * 540, y: 30 + y * 440 })),
          28,
          bounds,
        );
        for (const [i, p] of out.entries()) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(600);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(500);
          for (const q of out.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(27.9);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('columnPages', () => {
  it('splits columns into balanced pages', () => {
    expect(columnPages(5, 3)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(columnPages(0, 3)).toEqual([[]]);
  });
});

describe('visibleResults', () => {
  const results = { voters: 1, overall: { kind: 'poll', options: [] }, byGroup: [] } as const;
  const stage = (state: StageView['state'], mode: 'live' | 'hidden') =>
    ({
      kind: 'vote',
      state,
      vote: {
        settings: { kind: 'poll', anonymous: true, results: mode, source: { type: 'options' } },
        targets: [],
        turnout: 1,
        results,
      },
    }) as unknown as StageView;
  it('shows live results while open and everything once revealed, never a draft', () => {
    expect(visibleResults(stage('open', 'live'))).toBe(results);
    expect(visibleResults(stage('open', 'hidden'))).toBeNull();
    expect(visibleResults(stage('revealed', 'hidden'))).toBe(results);
    expect(visibleResults(stage('draft', 'live'))).toBeNull();
  });
});
