import type { KindResultOf, VoteKind } from '@majlis/shared';
import { formatNumber } from '../../../lib/numbers';
import { type RankedEntry, rowsOf } from '../../results/resultRows';
import { type Unit, unitText } from '../../results/resultsText';
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

/** The entries of a result in points: dots, or Borda points of a ranking. */
export function pointsEntries(result: KindResultOf<'dots' | 'rank'>): RankedEntry[] {
  return result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied }));
}

/** How the values of a kind that counts (dots, Borda points, poll votes) read: every row has its
 * place, and its value is a count, said with its unit ("12 dots", "1 vote"). */
export function countedValues(
  unit: Unit,
): Pick<ResultsPart<VoteKind>, 'unranked' | 'formatValue' | 'valueText'> {
  return {
    unranked: () => false,
    formatValue: formatNumber,
    valueText: (t, n) => unitText(t, unit, n),
  };
}
