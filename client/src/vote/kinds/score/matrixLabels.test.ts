import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadPoints } from '../../../board/resultsLayout';
import {
  type Box,
  boxesOverlap,
  boxInside,
  type MatrixPoint,
  placeNumbers,
  placeQuadrantName,
  pointBox,
  type Segment,
  segmentBox,
  segmentHitsBox,
} from './matrixLabels';

/** The board's matrix at 1080p: a plot of about 700 × 600 px, points of radius 11, labels 40 tall. */
const PLOT: Box = { x: 64, y: 60, width: 700, height: 600 };
const R = 11;
const INSET = 36;
const LINE = 3;
const px = (v: number) => PLOT.x + INSET + ((v - 1) / 4) * (PLOT.width - 2 * INSET);
const py = (v: number) => PLOT.y + PLOT.height - INSET - ((v - 1) / 4) * (PLOT.height - 2 * INSET);
const MID = { x: px(3), y: py(3) };
const LINES: Segment[] = [
  { x1: MID.x, y1: PLOT.y, x2: MID.x, y2: PLOT.y + PLOT.height },
  { x1: PLOT.x, y1: MID.y, x2: PLOT.x + PLOT.width, y2: MID.y },
];
const sizeOf = (id: string) => ({ width: 14 + 19 * id.length, height: 40 });
const NAME = { width: 190, height: 44 };

/** Lays out a matrix as ResultsMatrix does: points spread apart, names first, then the numbers. */
function layout(means: ReadonlyArray<readonly [number, number]>) {
  const points: MatrixPoint[] = spreadPoints(
    means.map(([x, y], i) => ({ id: String(i + 1), x: px(x), y: py(y) })),
    2 * R + 6,
    // A ring of tied points keeps a label's height from the frame, so its labels fit outside it too.
    { x: PLOT.x + 46, y: PLOT.y + 46, width: PLOT.width - 92, height: PLOT.height - 92 },
  );
  const areas: Array<[Box, { right: boolean; bottom: boolean }]> = [
    [
      { x: PLOT.x, y: PLOT.y, width: MID.x - PLOT.x, height: MID.y - PLOT.y },
      { right: false, bottom: false },
    ],
    [
      { x: MID.x, y: PLOT.y, width: PLOT.x + PLOT.width - MID.x, height: MID.y - PLOT.y },
      { right: true, bottom: false },
    ],
    [
      { x: PLOT.x, y: MID.y, width: MID.x - PLOT.x, height: PLOT.y + PLOT.height - MID.y },
      { right: false, bottom: true },
    ],
    [
      { x: MID.x, y: MID.y, width: PLOT.x + PLOT.width - MID.x, height: PLOT.y + PLOT.height - MID.y },
      { right: true, bottom: true },
    ],
  ];
  const names = areas.flatMap(
    ([area, outer]) => placeQuadrantName(area, NAME, outer, points, R, LINES, LINE) ?? [],
  );
  const { placed, crowded } = placeNumbers(points, R, sizeOf, PLOT, names, LINES, LINE);
  return { points, names, placed, crowded };
}

/** Every rule the room's eyes need, checked on a finished layout. */
function expectClear(result: ReturnType<typeof layout>) {
  const { points, names, placed, crowded } = result;
  expect(crowded).toEqual([]);
  expect(placed.map((p) => p.id)).toEqual(points.map((p) => p.id));
  const lines = LINES.map((l) => segmentBox(l, LINE));
  placed.forEach((label, i) => {
    expect(boxInside(label.box, PLOT), 'inside').toBe(true);
    for (const p of points) expect(boxesOverlap(label.box, pointBox(p, R)), 'label on a point').toBe(false);
    for (const l of lines) expect(boxesOverlap(label.box, l), 'label on a line').toBe(false);
    for (const n of names) expect(boxesOverlap(label.box, n), 'label on a name').toBe(false);
    for (const other of placed.slice(i + 1))
      expect(boxesOverlap(label.box, other.box), 'label on a label').toBe(false);
    if (label.leader) {
      for (const other of placed)
        if (other !== label) expect(segmentHitsBox(label.leader, other.box)).toBe(false);
    }
  });
  for (const n of names)
    for (const p of points) expect(boxesOverlap(n, pointBox(p, R)), 'name on a point').toBe(false);
}

describe('matrix labels', () => {
  it('puts a lone point’s number right beside it, with no leader', () => {
    const { placed } = layout([[4.2, 4.4]]);
    const [label] = placed;
    expect(label?.leader).toBeNull();
    expect(label && label.box.x - (px(4.2) + R)).toBeLessThan(10);
  });

  it('labels twenty points, ties and all, with nothing on top of anything, and names every quarter', () => {
    // A real room's scores: clusters around 3–4, two exact ties, points on the midlines.
    const means: Array<[number, number]> = [
      [4.2, 4.6],
      [4.2, 4.6],
      [3.8, 4.2],
      [3.0, 3.0],
      [3.0, 4.0],
      [4.0, 3.0],
      [2.6, 4.4],
      [3.4, 3.6],
      [3.6, 3.4],
      [3.2, 3.8],
      [1.8, 2.2],
      [2.2, 1.6],
      [4.6, 2.4],
      [4.4, 2.0],
      [3.0, 3.0],
      [3.4, 4.2],
      [2.8, 3.2],
      [3.6, 3.8],
      [4.0, 4.0],
      [1.4, 4.8],
    ];
    expectClear(layout(means));
  });

  it('never overlaps, whatever twenty scores a room gives (3 to 12 voters, each near their own view)', () => {
    // Each priority has a level the room roughly agrees on; each voter scores within one of it.
    const scored = (voters: number) =>
      fc
        .integer({ min: 1, max: 5 })
        .chain((level) =>
          fc.array(fc.integer({ min: Math.max(1, level - 1), max: Math.min(5, level + 1) }), {
            minLength: voters,
            maxLength: voters,
          }),
        )
        .map((scores) => scores.reduce((a, b) => a + b, 0) / voters);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 12 })
          .chain((voters) =>
            fc.array(fc.tuple(scored(voters), scored(voters)), { minLength: 20, maxLength: 20 }),
          ),
        (means) => expectClear(layout(means)),
      ),
      { numRuns: 300 },
    );
  });

  it('labels even a crowd of ties: twenty priorities all scored the same', () => {
    expectClear(layout(Array.from({ length: 20 }, () => [4, 4] as const)));
    expectClear(layout(Array.from({ length: 20 }, () => [1, 1] as const)));
  });

  it('moves a quadrant’s name off its corner when a point sits there', () => {
    const area: Box = { x: 0, y: 0, width: 400, height: 300 };
    const corner = placeQuadrantName(area, NAME, { right: false, bottom: false }, [], R, [], LINE);
    expect([corner?.x, corner?.y]).toEqual([LINE / 2 + 4, LINE / 2 + 4]);
    const point = { id: 'a', x: 40, y: 30 };
    const moved = placeQuadrantName(area, NAME, { right: false, bottom: false }, [point], R, [], LINE);
    expect(moved && boxesOverlap(moved, pointBox(point, R))).toBe(false);
  });
});
