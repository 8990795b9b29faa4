/**
 * How the console draws each vote kind's result: the overall result, its cell in the comparison by
 * group, and the key to those cells if their colours need one. The console's own registry, so that
 * the phone never loads these tables; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { VoteGroupCell } from './common/VoteGroupCell';
import { VoteRankedBars } from './common/VoteRankedBars';
import type { ConsoleResultsPart } from './resultsPart';
import { VoteScoreResult } from './score/VoteScoreResult';
import { VoteStatusCell } from './status/VoteStatusCell';
import { VoteStatusLegend } from './status/VoteStatusLegend';
import { VoteStatusTable } from './status/VoteStatusTable';

export type ConsoleResultsParts = { readonly [K in VoteKind]: ConsoleResultsPart<K> };

/** Dots, Borda points, poll votes and approvals: ranked bars. */
const bars = { Result: VoteRankedBars, GroupCell: VoteGroupCell, Legend: null };

export const CONSOLE_RESULTS_PARTS = {
  dots: bars,
  rank: bars,
  score: { Result: VoteScoreResult, GroupCell: VoteGroupCell, Legend: null },
  poll: bars,
  status: { Result: VoteStatusTable, GroupCell: VoteStatusCell, Legend: VoteStatusLegend },
  approval: bars,
} as const satisfies ConsoleResultsParts;

/** The console's drawing of one kind's result, typed with that kind's result. */
export function consoleResultsOf<K extends VoteKind>(kind: K): ConsoleResultsPart<K> {
  const parts: ConsoleResultsParts = CONSOLE_RESULTS_PARTS;
  return parts[kind];
}
