/**
 * How the phone draws each vote kind's result, compact enough for one column. The phone's own
 * registry, so that it never loads the board's charts or the console's tables; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { VoteResultsCompactRows } from './common/VoteResultsCompactRows';
import type { PhoneResultsPart } from './resultsPart';
import { drawingOf, type KindsDrawnAs, type UsedDrawing } from './resultsParts';
import { ScoreCompactRows } from './score/ScoreCompactRows';
import { VoteResultsCompactStatus } from './status/VoteResultsCompactStatus';

/** A drawing for each way results are drawn, typed with the results of the kinds drawn so. */
export type PhoneResultsParts = { readonly [D in UsedDrawing]: PhoneResultsPart<KindsDrawnAs<D>> };

export const PHONE_RESULTS_PARTS = {
  /** Dots, Borda points, poll votes and approvals. */
  ranked: { Result: VoteResultsCompactRows },
  score: { Result: ScoreCompactRows },
  status: { Result: VoteResultsCompactStatus },
} as const satisfies PhoneResultsParts;

/** The phone's drawing of one kind's result, typed with that kind's result. */
export const phoneResultsOf = <K extends VoteKind>(kind: K) =>
  drawingOf<PhoneResultsPart<K>>(PHONE_RESULTS_PARTS, kind);
