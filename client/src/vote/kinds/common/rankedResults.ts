import type { KindResultOf, VoteKind } from '@majlis/shared';
import { type RankedEntry, rowsOf } from '../../results/resultRows';
import type { ResultsPart } from '../resultsPart';

/** How a ranked result reads (every kind but the status review): its rows, and everything else
 * from them. `scaleMax` is the top of a fixed scale its bars are drawn against (a score's 5). */
export function rankedReading<K extends VoteKind>(
  entries: (result: KindResultOf<K>) => readonly RankedEntry[],
  scaleMax: number | null = null,
): Pick<ResultsPart<K>, 'rows' | 'hasVotes' | 'rowIds' | 'cellOf'> {
  const rows = (result: KindResultOf<K>) => rowsOf(entries(result), scaleMax);
  return {
    rows,
    hasVotes: (result) => rows(result).some((r) => r.value > 0),
    rowIds: (result) => rows(result).map((r) => r.id),
    cellOf: (result, id) => rows(result).find((r) => r.id === id),
  };
}
