/**
 * Vote results reshaped for the console's charts and tables: ranked bars, the cells of the
 * by-group comparison, the points and quadrants of the impact × feasibility matrix, status shares,
 * and where a later vote cuts this one's ranking. Pure, so the charts only draw.
 */
import {
  type GroupResult,
  type KindResult,
  STAKEHOLDER_GROUPS,
  STATUS_RATINGS,
  type StageView,
  type StatusRating,
  type VoteResults,
} from '@majlis/shared';

/** One entry of a ranked result: its number, rank, whether the rank is shared, and its bar length. */
export interface RankedRow {
  readonly id: string;
  readonly value: number;
  readonly rank: number;
  readonly tied: boolean;
  /** 0–1 of the largest value in the result, for the bar. */
  readonly share: number;
}

type ScoreResult = Extract<KindResult, { kind: 'score' }>;
type StatusItem = Extract<KindResult, { kind: 'status' }>['items'][number];

/** Points (dots, Borda), weighted totals (score) or counts (poll) in rank order; none for status. */
export function rankedRows(result: KindResult): RankedRow[] {
  const entries =
    result.kind === 'dots' || result.kind === 'rank'
      ? result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied }))
      : result.kind === 'score'
        ? result.items.map((i) => ({ id: i.id, value: i.total, rank: i.rank, tied: i.tied }))
        : result.kind === 'poll'
          ? result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied }))
          : [];
  const max = Math.max(0, ...entries.map((e) => e.value));
  return entries.map((e) => ({ ...e, share: max > 0 ? e.value / max : 0 }));
}

/**
 * "=2" for a shared rank, "2" otherwise: the mark that says "tie" at a glance. Show it with
 * `dir="ltr"`: in Arabic the bidi rules would otherwise draw it "2=".
 */
export function rankMark(rank: number, tied: boolean): string {
  return tied ? `=${rank}` : String(rank);
}

/** The cell of one item (or option) in a result, for the by-group table. */
export function cellOf(result: KindResult, id: string): RankedRow | StatusItem | undefined {
  if (result.kind === 'status') return result.items.find((i) => i.id === id);
  return rankedRows(result).find((r) => r.id === id);
}

/** The row order of every view: the overall ranking (status keeps the list order). */
export function rowIds(result: KindResult): string[] {
  return result.kind === 'status' ? result.items.map((i) => i.id) : rankedRows(result).map((r) => r.id);
}

/** The columns of the by-group comparison: everyone first, then each group the tally shows. */
export function groupColumns(
  results: VoteResults,
): Array<{ key: string; group: GroupResult['group'] | null; voters: number; result: KindResult }> {
  return [
    { key: 'overall', group: null, voters: results.voters, result: results.overall },
    // In the app's group order (as in the presence panel), not the tally's order by size.
    ...[...results.byGroup]
      .sort((a, b) => STAKEHOLDER_GROUPS.indexOf(a.group) - STAKEHOLDER_GROUPS.indexOf(b.group))
      .map((g) => ({ key: g.group, group: g.group, voters: g.voters, result: g.result })),
  ];
}

export const QUADRANTS = ['doFirst', 'plan', 'quickWins', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The middle of the 1–5 scale: at or above it counts as high. */
export const SCALE_MID = 3;

/** Which quarter of the impact (y) × feasibility (x) matrix a pair of means falls in. */
export function quadrantOf(y: number, x: number): Quadrant {
  const high = y >= SCALE_MID;
  const easy = x >= SCALE_MID;
  if (high) return easy ? 'doFirst' : 'plan';
  return easy ? 'quickWins' : 'reconsider';
}

export interface MatrixPoint {
  readonly id: string;
  readonly rank: number;
  readonly tied: boolean;
  /** Mean of the second criterion (feasibility): the horizontal axis, 1–5. */
  readonly x: number;
  /** Mean of the first criterion (impact): the vertical axis, 1–5. */
  readonly y: number;
  /** A small offset in scale units that keeps items with the same means from hiding each other. */
  readonly dx: number;
  readonly dy: number;
  readonly quadrant: Quadrant;
}

const SPREAD = 0.16;

/**
 * The matrix points of a score result: the first criterion up, the second across. Items nobody
 * scored have no place on it; items on the same spot are set around it in a small ring.
 */
export function matrixPoints(result: ScoreResult): MatrixPoint[] {
  const [yCriterion, xCriterion] = result.criteria;
  if (!yCriterion || !xCriterion) return [];
  const scored = result.items
    .filter((i) => i.n > 0)
    .map((i) => ({
      id: i.id,
      rank: i.rank,
      tied: i.tied,
      y: i.means[yCriterion.id] ?? 0,
      x: i.means[xCriterion.id] ?? 0,
    }));
  const spots = new Map<string, number>();
  for (const p of scored) {
    const spot = `${p.x.toFixed(2)}:${p.y.toFixed(2)}`;
    spots.set(spot, (spots.get(spot) ?? 0) + 1);
  }
  const placed = new Map<string, number>();
  return scored.map((p) => {
    const spot = `${p.x.toFixed(2)}:${p.y.toFixed(2)}`;
    const together = spots.get(spot) ?? 1;
    const index = placed.get(spot) ?? 0;
    placed.set(spot, index + 1);
    const angle = (2 * Math.PI * index) / together - Math.PI / 2;
    const quadrant = quadrantOf(p.y, p.x);
    if (together === 1) return { ...p, dx: 0, dy: 0, quadrant };
    return { ...p, dx: round(SPREAD * Math.cos(angle)), dy: round(SPREAD * Math.sin(angle)), quadrant };
  });
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** How one status item's ratings split, in the fixed order on track → don't know. */
export function statusShares(
  counts: Readonly<Record<StatusRating, number>>,
): Array<{ rating: StatusRating; count: number; share: number }> {
  const total = STATUS_RATINGS.reduce((s, r) => s + counts[r], 0);
  return STATUS_RATINGS.map((rating) => ({
    rating,
    count: counts[rating],
    share: total > 0 ? counts[rating] / total : 0,
  }));
}

/**
 * A later vote that takes this one's top N (the VLR scoring takes the dot vote's top 5), so the
 * ranking can show where the cut falls. Ties at the cut go through, as on the server.
 */
export function cutOf(
  stages: readonly StageView[],
  stageId: string,
): { readonly n: number; readonly stage: StageView } | null {
  for (const stage of stages) {
    const source = stage.vote?.settings?.source;
    if (source?.type === 'top' && source.stageId === stageId) return { n: source.n, stage };
  }
  return null;
}
