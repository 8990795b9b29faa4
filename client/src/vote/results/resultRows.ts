/**
 * A ranked result's rows with their bar lengths, from the entries a kind ranks (the kinds' results
 * parts give them). Apart from rankedRows.ts, which dispatches to the kinds, so the kinds can build
 * on it without importing the dispatch that imports them.
 */

/** One entry of a ranked result, with its bar length. */
export interface ResultRow {
  readonly id: string;
  /** Dots, Borda points, weighted total or votes. */
  readonly value: number;
  readonly rank: number;
  readonly tied: boolean;
  /** 0–1 of the bar: of the 1–5 scale for a score, of the largest value otherwise; 0 when nothing was cast. */
  readonly share: number;
}

/** A ranked entry as a kind reads it from its result, before it has a bar. */
export type RankedEntry = Omit<ResultRow, 'share'>;

/**
 * The entries in rank order (ties in the tally's order), each with its bar: of `scaleMax` when the
 * kind's values sit on a fixed scale (so close totals look close), else of the largest value (so
 * the winner's bar is full).
 */
export function rowsOf(entries: readonly RankedEntry[], scaleMax: number | null): ResultRow[] {
  const sorted = [...entries].sort((a, b) => a.rank - b.rank);
  const max = scaleMax ?? Math.max(0, ...sorted.map((e) => e.value));
  return sorted.map((e) => ({ ...e, share: max > 0 ? Math.min(1, e.value / max) : 0 }));
}
