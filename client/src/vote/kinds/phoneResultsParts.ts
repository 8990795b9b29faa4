/**
 * How the phone draws each vote kind's result, compact enough for one column. The phone's own
 * registry, so that it never loads the board's charts or the console's tables; see resultsParts.ts.
 */
import type { VoteKind } from '@majlis/shared';
import { VoteResultsCompactRows } from './common/VoteResultsCompactRows';
import type { PhoneResultsPart } from './resultsPart';
import { ScoreCompactRows } from './score/ScoreCompactRows';
import { VoteResultsCompactStatus } from './status/VoteResultsCompactStatus';

export type PhoneResultsParts = { readonly [K in VoteKind]: PhoneResultsPart<K> };

/** Dots, Borda points, poll votes and approvals: ranked rows. */
const rows = { Result: VoteResultsCompactRows };

export const PHONE_RESULTS_PARTS = {
  dots: rows,
  rank: rows,
  score: { Result: ScoreCompactRows },
  poll: rows,
  status: { Result: VoteResultsCompactStatus },
  approval: rows,
} as const satisfies PhoneResultsParts;

/** The phone's drawing of one kind's result, typed with that kind's result. */
export function phoneResultsOf<K extends VoteKind>(kind: K): PhoneResultsPart<K> {
  const parts: PhoneResultsParts = PHONE_RESULTS_PARTS;
  return parts[kind];
}
