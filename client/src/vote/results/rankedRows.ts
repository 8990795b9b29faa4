/**
 * Vote results as ranked rows, the one reading of a tally that the board, the console and the phone
 * draw: rank order, shared ranks, and each row's bar length. Pure, so the charts only draw; each
 * kind says how its result reads (vote/kinds/resultsParts.ts).
 */
import type { KindResult, KindResultOf } from '@majlis/shared';
import type { StatusItem } from '../kinds/resultsPart';
import { resultsPartOf } from '../kinds/resultsParts';
import type { ResultRow } from './resultRows';

export type { ResultRow } from './resultRows';

export type ScoreResult = KindResultOf<'score'>;
export type StatusResult = KindResultOf<'status'>;

/** Points, totals or counts in rank order (ties in the tally's order); none for a status review. */
export function rankedRows(result: KindResult): ResultRow[] {
  return resultsPartOf(result.kind).rows(result);
}

/** Whether anything at all was cast into this result. */
export function hasVotes(result: KindResult): boolean {
  return resultsPartOf(result.kind).hasVotes(result);
}

/** The row order of every view: the overall ranking (a status review keeps the list order). */
export function rowIds(result: KindResult): string[] {
  return resultsPartOf(result.kind).rowIds(result);
}

/** The cell of one item (or option) in a result, for a comparison by group. */
export function cellOf(result: KindResult, id: string): ResultRow | StatusItem | undefined {
  return resultsPartOf(result.kind).cellOf(result, id);
}

/** What share of the voters chose a poll option, in whole percent; null before anyone voted. */
export function voterPercent(count: number, voters: number): number | null {
  return voters > 0 ? Math.round((count / voters) * 100) : null;
}
