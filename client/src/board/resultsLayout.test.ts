import type { StageView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  columnPages,
  placeLabels,
  shortTitle,
  spreadPoints,
  textDirection,
  visibleResults,
} from './resultsLayout';

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

describe('placeLabels', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 300 };
  it('puts a label to the right when there is room, else to the left', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 50, y: 100, r: 10 },
        { id: 'b', x: 350, y: 200, r: 10 },
      ],
      () => 100,
      20,
      bounds,
    );
    expect(placed.find((p) => p.id === 'a')?.x).toBe(68);
    expect(placed.find((p) => p.id === 'b')?.x).toBe(232);
  });

  it('leaves out a label that has nowhere to go', () => {
    const placed = placeLabels([{ id: 'a', x: 50, y: 100, r: 10 }], () => 500, 20, bounds);
    expect(placed).toEqual([]);
  });

  it('avoids obstacles such as the quadrant names', () => {
    const placed = placeLabels([{ id: 'a', x: 50, y: 100, r: 10 }], () => 100, 20, bounds, [
      { x: 60, y: 80, width: 200, height: 40 },
    ]);
    expect(placed[0]?.y).not.toBe(90);
  });
});

describe('text helpers', () => {
  it('cuts titles at a word end', () => {
    expect(shortTitle('Safe walking routes around schools', 20)).toBe('Safe walking routes…');
    expect(shortTitle('  Short  ', 20)).toBe('Short');
  });

  it('tells the direction of a label from its first letter', () => {
    expect(textDirection('ممرات آمنة')).toBe('rtl');
    expect(textDirection('3 ممرات')).toBe('rtl');
    expect(textDirection('SDG 11 ممرات')).toBe('ltr');
  });

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
