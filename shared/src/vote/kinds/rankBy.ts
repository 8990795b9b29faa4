/** The ranking and rounding that the tallies of several kinds share. */
import type { Ranked } from '../kindResult.js';

/** Competition ranking by `score`, highest first; equal scores share a rank. Ties broken by input order for display only. */
export function rankBy<T extends { id: string }>(
  entries: readonly T[],
  score: (e: T) => number,
): Array<T & Ranked> {
  const sorted = entries.map((e, i) => ({ e, i, s: score(e) })).sort((a, b) => b.s - a.s || a.i - b.i);
  return sorted.map(({ e, s }) => {
    const higher = sorted.filter((x) => x.s > s).length;
    const same = sorted.filter((x) => x.s === s).length;
    return { ...e, rank: higher + 1, tied: same > 1 };
  });
}

/** Three decimals: enough for a mean of 1–5 scores, and stable in JSON. */
export const round = (n: number): number => Math.round(n * 1000) / 1000;
