import type { KindResultOf, VoteKind } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { rankedRows } from '../../results/rankedRows';
import { rankMark } from '../../results/resultNumbers';
import type { ConsoleGroupCellProps } from '../resultsPart';
import { resultsPartOf } from '../resultsParts';

/** One group's value for one item in the console's comparison by group, its rank and a bar. */
export function VoteGroupCell({
  result,
  id,
}: ConsoleGroupCellProps<KindResultOf<Exclude<VoteKind, 'status'>>>) {
  const { t } = useI18n();
  const part = resultsPartOf(result.kind);
  const found = rankedRows(result).find((r) => r.id === id);
  if (!found) return <td className="vote-table__num">–</td>;
  // Nothing for this item in this group (no dots, or nobody scored it): a dash, and no rank to read.
  const empty = found.value === 0;
  return (
    <td className="vote-table__num vote-groups-table__cell">
      <span className="vote-groups-table__value">
        {part.unranked(result, id) ? '–' : part.formatValue(found.value)}
      </span>
      {!empty && (
        <span className={`vote-groups-table__rank ${found.tied ? 'is-tied' : ''}`}>
          <span aria-hidden="true" dir="ltr">
            {rankMark(found.rank, found.tied)}
          </span>
          <span className="visually-hidden">
            {found.tied
              ? t('vote.console.rankTied', { rank: found.rank })
              : t('vote.console.rankOf', { rank: found.rank })}
          </span>
        </span>
      )}
      <span className="vote-groups-table__bar" aria-hidden="true">
        <span style={{ inlineSize: `${found.share * 100}%` }} />
      </span>
    </td>
  );
}
