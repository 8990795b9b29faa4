/** The ranking and rounding that the tallies of several kinds share. */

/** A ranked entry. Ties share a rank (1, 1, 3) and are flagged. */
export interface Ranked {
  readonly id: string;
  readonly rank: number;
  readonly tied: boolean;
}

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
