/**
 * How the board draws each vote kind's result: its chart, its cell in the comparison by group, and
 * the key to those cells if their colours need one. The board's own registry, so that only the
 * board (and the console's miniature of it) loads these charts; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { ResultsBars } from './common/ResultsBars';
import { ResultsGroupCell } from './common/ResultsGroupCell';
import type { BoardResultsPart } from './resultsPart';
import { ResultsScore } from './score/ResultsScore';
import { ResultsStatus } from './status/ResultsStatus';
import { ResultsStatusCell } from './status/ResultsStatusCell';
import { ResultsStatusLegend } from './status/ResultsStatusLegend';

export type BoardResultsParts = { readonly [K in VoteKind]: BoardResultsPart<K> };

/** Dots, Borda points, poll votes and approvals: ranked bars. */
const bars = { Chart: ResultsBars, GroupCell: ResultsGroupCell, Legend: null };

export const BOARD_RESULTS_PARTS = {
  dots: bars,
  rank: bars,
  score: { Chart: ResultsScore, GroupCell: ResultsGroupCell, Legend: null },
  poll: bars,
  status: { Chart: ResultsStatus, GroupCell: ResultsStatusCell, Legend: ResultsStatusLegend },
  approval: bars,
} as const satisfies BoardResultsParts;

/** The board's drawing of one kind's result, typed with that kind's result. */
export function boardResultsOf<K extends VoteKind>(kind: K): BoardResultsPart<K> {
  const parts: BoardResultsParts = BOARD_RESULTS_PARTS;
  return parts[kind];
}
