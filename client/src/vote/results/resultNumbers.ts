/** Numbers in vote results as the room reads them: Western digits in both languages. */

/** A mean on the 1–5 scale: one decimal, so a column of means lines up ("4.3", "3.0"). */
export function formatMean(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** A weighted total: two decimals, so totals of different ranks never read the same ("3.20", "3.19"). */
export function formatTotal(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/**
 * "=2" for a shared rank, "2" otherwise: the mark that says "tie" at a glance. Show it with
 * `dir="ltr"`: in Arabic the bidi rules would otherwise draw it "2=".
 */
export function rankMark(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}
