/**
 * How the console draws each vote kind's result: the overall result, its cell in the comparison by
 * group, and the key to those cells if their colours need one. The console's own registry, so that
 * the phone never loads these tables; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { VoteGroupCell } from './common/VoteGroupCell';
import { VoteRankedBars } from './common/VoteRankedBars';
import type { ConsoleResultsPart } from './resultsPart';
import { drawingOf, type KindsDrawnAs, type UsedDrawing } from './resultsParts';
import { VoteScoreResult } from './score/VoteScoreResult';
import { VoteStatusCell } from './status/VoteStatusCell';
import { VoteStatusLegend } from './status/VoteStatusLegend';
import { VoteStatusTable } from './status/VoteStatusTable';

/** A drawing for each way results are drawn, typed with the results of the kinds drawn so. */
export type ConsoleResultsParts = { readonly [D in UsedDrawing]: ConsoleResultsPart<KindsDrawnAs<D>> };

export const CONSOLE_RESULTS_PARTS = {
  /** Dots, Borda points, poll votes and approvals. */
  ranked: { Result: VoteRankedBars, GroupCell: VoteGroupCell, Legend: null },
  score: { Result: VoteScoreResult, GroupCell: VoteGroupCell, Legend: null },
  status: { Result: VoteStatusTable, GroupCell: VoteStatusCell, Legend: VoteStatusLegend },
} as const satisfies ConsoleResultsParts;

/** The console's drawing of one kind's result, typed with that kind's result. */
export const consoleResultsOf = <K extends VoteKind>(kind: K) =>
  drawingOf<ConsoleResultsPart<K>>(CONSOLE_RESULTS_PARTS, kind);
