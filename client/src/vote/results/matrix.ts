/**
 * The impact × feasibility matrix of a score vote: which criterion goes up and which across, where
 * each scored item sits, and which quarter it falls in. Every screen places points from here, so
 * the board and the console never put an item in different quarters.
 */
import type { ScoreResult } from './rankedRows';

type Criterion = ScoreResult['criteria'][number];

/** The two criteria of the 2 × 2 matrix: impact up, feasibility across when the vote has them by
 * those ids, otherwise the first criterion up and the second across. Null with a single criterion. */
export function matrixAxes(result: ScoreResult): { x: Criterion; y: Criterion } | null {
  const byId = (id: string) => result.criteria.find((c) => c.id === id);
  const y = byId('impact') ?? result.criteria[0];
  const x = byId('feasibility') ?? result.criteria.find((c) => c !== y);
  return x && y && x !== y ? { x, y } : null;
}

/** The middle of the 1–5 scale, where the matrix splits. */
export const SCALE_MID = 3;

export const QUADRANTS = ['doFirst', 'plan', 'quickWins', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Which quarter of the matrix a point falls in: x across (feasibility), y up (impact); a point on
 * a midline counts as high. */
export function quadrantOf(x: number, y: number): Quadrant {
  if (y >= SCALE_MID) return x >= SCALE_MID ? 'doFirst' : 'plan';
  return x >= SCALE_MID ? 'quickWins' : 'reconsider';
}

/** A scored item on the matrix: its means on the two axes (1–5) and its quarter. */
export interface MatrixPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly rank: number;
  readonly tied: boolean;
  readonly quadrant: Quadrant;
}

/** The items somebody scored, placed by their mean on each axis, in rank order. */
export function matrixPoints(result: ScoreResult): MatrixPoint[] {
  const axes = matrixAxes(result);
  if (!axes) return [];
  return result.items
    .filter((i) => i.n > 0)
    .map((i) => {
      const x = i.means[axes.x.id] ?? 0;
      const y = i.means[axes.y.id] ?? 0;
      return { id: i.id, x, y, rank: i.rank, tied: i.tied, quadrant: quadrantOf(x, y) };
    })
    .sort((a, b) => a.rank - b.rank);
}

/** The scored items in the order of the ranked table beside the matrix (rank, then the tally's
 * order), each with its row's number: the label of its dot on the matrix, so the room reads "dot 3"
 * on the chart and finds row 3 in the table. Tied items get numbers of their own. */
export function scoreNumbers(result: ScoreResult): ReadonlyMap<string, number> {
  const rows = [...result.items].sort((a, b) => a.rank - b.rank);
  return new Map(rows.map((item, i) => [item.id, i + 1]));
}
