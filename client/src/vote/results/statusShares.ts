/** A status review's ratings as bands of a bar, and the percentages said beside them. */
import { STATUS_RATINGS, type StatusRating } from '@majlis/shared';

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
