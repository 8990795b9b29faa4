/**
 * How the board draws each vote kind's result: its chart, its cell in the comparison by group, and
 * the key to those cells if their colours need one. The board's own registry, so that only the
 * board (and the console's miniature of it) loads these charts; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { ResultsBars } from './common/ResultsBars';
import { ResultsGroupCell } from './common/ResultsGroupCell';
import type { BoardResultsPart } from './resultsPart';
import { drawingOf, type KindsDrawnAs, type UsedDrawing } from './resultsParts';
import { ResultsScore } from './score/ResultsScore';
import { ResultsStatus } from './status/ResultsStatus';
import { ResultsStatusCell } from './status/ResultsStatusCell';
import { ResultsStatusLegend } from './status/ResultsStatusLegend';

/** A drawing for each way results are drawn, typed with the results of the kinds drawn so. */
export type BoardResultsParts = { readonly [D in UsedDrawing]: BoardResultsPart<KindsDrawnAs<D>> };

export const BOARD_RESULTS_PARTS = {
  /** Dots, Borda points, poll votes and approvals. */
  ranked: { Chart: ResultsBars, GroupCell: ResultsGroupCell, Legend: null },
  score: { Chart: ResultsScore, GroupCell: ResultsGroupCell, Legend: null },
  status: { Chart: ResultsStatus, GroupCell: ResultsStatusCell, Legend: ResultsStatusLegend },
} as const satisfies BoardResultsParts;

/** The board's drawing of one kind's result, typed with that kind's result. */
export const boardResultsOf = <K extends VoteKind>(kind: K) =>
  drawingOf<BoardResultsPart<K>>(BOARD_RESULTS_PARTS, kind);
