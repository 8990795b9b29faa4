/**
 * Vote results as ranked rows, the one reading of a tally that the board, the console and the phone
 * draw: rank order, shared ranks, and each row's bar length. Pure, so the charts only draw.
 */
import type { KindResult } from '@majlis/shared';

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

export type ScoreResult = Extract<KindResult, { kind: 'score' }>;
export type StatusResult = Extract<KindResult, { kind: 'status' }>;
type StatusItem = StatusResult['items'][number];

/** The top of a score's fixed 1–5 scale. */
const SCORE_MAX = 5;

type Entry = Omit<ResultRow, 'share'>;

/** The ranked entries of a result, in the tally's order; none for a status review. */
function entriesOf(result: KindResult): Entry[] {
  switch (result.kind) {
    case 'dots':
    case 'rank':
      return result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied }));
    case 'score':
      return result.items.map((i) => ({ id: i.id, value: i.total, rank: i.rank, tied: i.tied }));
    case 'poll':
      return result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied }));
    case 'status':
      return [];
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}

/** Points, totals or counts in rank order (ties in the tally's order); none for a status review. */
export function rankedRows(result: KindResult): ResultRow[] {
  const sorted = entriesOf(result).sort((a, b) => a.rank - b.rank);
  // Scores sit on the fixed 1–5 scale: bars out of 5, so close totals look close. Counts are relative
  // to the largest, so the winner's bar is full.
  const max = result.kind === 'score' ? SCORE_MAX : Math.max(0, ...sorted.map((e) => e.value));
  return sorted.map((e) => ({ ...e, share: max > 0 ? Math.min(1, e.value / max) : 0 }));
}

/** Whether anything at all was cast into this result. */
export function hasVotes(result: KindResult): boolean {
  if (result.kind === 'status') return result.items.some((i) => i.n > 0);
  return rankedRows(result).some((r) => r.value > 0);
}

/** The row order of every view: the overall ranking (a status review keeps the list order). */
export function rowIds(result: KindResult): string[] {
  return result.kind === 'status' ? result.items.map((i) => i.id) : rankedRows(result).map((r) => r.id);
}

/** The cell of one item (or option) in a result, for a comparison by group. */
export function cellOf(result: KindResult, id: string): ResultRow | StatusItem | undefined {
  if (result.kind === 'status') return result.items.find((i) => i.id === id);
  return rankedRows(result).find((r) => r.id === id);
}

/** What share of the voters chose a poll option, in whole percent; null before anyone voted. */
export function voterPercent(count: number, voters: number): number | null {
  return voters > 0 ? Math.round((count / voters) * 100) : null;
}
