import type { KindResultOf } from '@majlis/shared';
import { STATUS_RATINGS } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { statusShares } from '../../results/statusShares';
import type { ConsoleGroupCellProps } from '../resultsPart';
import { consoleBand, StatusBands } from './StatusBands';

/** One group's ratings of one priority in the console's comparison by group: a stacked bar and the
 * counts in the legend's order, in words for screen readers. */
export function VoteStatusCell({ result, id }: ConsoleGroupCellProps<KindResultOf<'status'>>) {
  const { t } = useI18n();
  const found = result.items.find((i) => i.id === id);
  if (!found) return <td className="vote-table__num">–</td>;
  const words = STATUS_RATINGS.map((r) => `${t(`vote.console.status.${r}`)} ${found.counts[r]}`).join(', ');
  return (
    <td className="vote-groups-table__status">
      <StatusBands shares={statusShares(found.counts)} className="vote-stack" bandClass={consoleBand} />
      <span aria-hidden="true" className="vote-groups-table__counts">
        {STATUS_RATINGS.map((r) => formatNumber(found.counts[r])).join(' · ')}
      </span>
      <span className="visually-hidden">{words}</span>
    </td>
  );
}
