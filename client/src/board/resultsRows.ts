/**
 * Vote results reshaped for drawing, on the board and on the phone: ranked rows with bar lengths,
 * status shares, the impact × feasibility axes and their quadrants, and who of the room may vote.
 * Pure, so the charts only draw, and every rule (ties, rounding, pooling) is tested here.
 */
import {
  type KindResult,
  type PresenceCounts,
  STAKEHOLDER_GROUPS,
  STATUS_RATINGS,
  type StatusRating,
  type VoteSettings,
} from '@majlis/shared';

/** One entry of a ranked result, with its bar length. */
export interface ResultRow {
  readonly id: string;
  /** Dots, Borda points, weighted total or votes. */
  readonly value: number;
  readonly rank: number;
  readonly tied: boolean;
  /** 0–1 of the largest value, for the bar; 0 when nothing was cast. */
  readonly share: number;
}

export type ScoreResult = Extract<KindResult, { kind: 'score' }>;
export type StatusResult = Extract<KindResult, { kind: 'status' }>;

/** Points, totals or counts in rank order (ties in the tally's order); none for a status review. */
export function rankedRows(result: KindResult): ResultRow[] {
  const entries =
    result.kind === 'dots' || result.kind === 'rank'
      ? result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied }))
      : result.kind === 'score'
        ? result.items.map((i) => ({ id: i.id, value: i.total, rank: i.rank, tied: i.tied }))
        : result.kind === 'poll'
          ? result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied }))
          : [];
  const sorted = [...entries].sort((a, b) => a.rank - b.rank);
  // Scores sit on the fixed 1–5 scale: bars out of 5, so close totals look close. Counts are relative
  // to the largest, so the winner's bar is full.
  const max = result.kind === 'score' ? 5 : Math.max(0, ...sorted.map((e) => e.value));
  return sorted.map((e) => ({ ...e, share: max > 0 ? Math.min(1, e.value / max) : 0 }));
}

/** Whether anything at all was cast into this result. */
export function hasVotes(result: KindResult): boolean {
  if (result.kind === 'status') return result.items.some((i) => i.n > 0);
  return rankedRows(result).some((r) => r.value > 0);
}

/** One band of a status bar: a rating, how many chose it, and its part of the whole bar. */
export interface StatusShare {
  readonly rating: StatusRating;
  readonly count: number;
  readonly share: number;
}

/** The four bands of one priority's bar, in the order of the scale, empty bands kept (width 0). */
export function statusShares(counts: Readonly<Record<StatusRating, number>>): StatusShare[] {
  const total = STATUS_RATINGS.reduce((sum, r) => sum + (counts[r] ?? 0), 0);
  return STATUS_RATINGS.map((rating) => ({
    rating,
    count: counts[rating] ?? 0,
    share: total > 0 ? (counts[rating] ?? 0) / total : 0,
  }));
}

/** Whole percentages that add up to 100 (largest remainders), so a row of labels never says 101 %. */
export function percentages(values: readonly number[]): number[] {
  const total = values.reduce((s, v) => s + v, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** The two criteria of the 2 × 2 matrix: impact up, feasibility across when the vote has them by
 * those ids, otherwise the first criterion up and the second across. Null with a single criterion. */
export function matrixAxes(
  result: ScoreResult,
): { x: ScoreResult['criteria'][number]; y: ScoreResult['criteria'][number] } | null {
  const byId = (id: string) => result.criteria.find((c) => c.id === id);
  const y = byId('impact') ?? result.criteria[0];
  const x = byId('feasibility') ?? result.criteria.find((c) => c !== y);
  return x && y && x !== y ? { x, y } : null;
}

/** The middle of the 1–5 scale, where the matrix splits. */
export const SCALE_MID = 3;

export const QUADRANTS = ['doFirst', 'plan', 'quickWins', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Which quarter of the matrix a point falls in; a point on a midline counts as high. */
export function quadrantOf(x: number, y: number): Quadrant {
  if (y >= SCALE_MID) return x >= SCALE_MID ? 'doFirst' : 'plan';
  return x >= SCALE_MID ? 'quickWins' : 'reconsider';
}

/** A scored item on the matrix. */
export interface MatrixPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly rank: number;
  readonly tied: boolean;
}

/** The items somebody scored, placed by their mean on each axis, in rank order. */
export function matrixPoints(result: ScoreResult): MatrixPoint[] {
  const axes = matrixAxes(result);
  if (!axes) return [];
  return result.items
    .filter((i) => i.n > 0)
    .map((i) => ({
      id: i.id,
      x: i.means[axes.x.id] ?? 0,
      y: i.means[axes.y.id] ?? 0,
      rank: i.rank,
      tied: i.tied,
    }))
    .sort((a, b) => a.rank - b.rank);
}

/** The scored items in the order of the ranked table beside the matrix (rank, then the tally's
 * order), each with its row's number: the label of its dot on the matrix, so the room reads "dot 3"
 * on the chart and finds row 3 in the table. Tied items get numbers of their own. */
export function scoreNumbers(result: ScoreResult): ReadonlyMap<string, number> {
  const rows = [...result.items].sort((a, b) => a.rank - b.rank);
  return new Map(rows.map((item, i) => [item.id, i + 1]));
}

/** A mean as the room reads it: one decimal, Western digits ("4.3", "3.0"). */
export function formatMean(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** A weighted total: two decimals, so totals of different ranks never read the same ("3.20", "3.19"). */
export function formatTotal(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/** "=2" for a shared rank, "2" otherwise. */
export function rankMark(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}

/**
 * How many of the people present may vote: everyone, or the invited groups only. Undefined until
 * presence is known, so the board says "34 have voted" rather than a wrong "of 0".
 */
export function presentVoters(
  presence: PresenceCounts | undefined,
  settings: VoteSettings | null,
): number | undefined {
  if (!presence) return undefined;
  if (!settings?.groups) return presence.total;
  const invited = new Set(settings.groups);
  return STAKEHOLDER_GROUPS.filter((g) => invited.has(g)).reduce((s, g) => s + (presence.byGroup[g] ?? 0), 0);
}
