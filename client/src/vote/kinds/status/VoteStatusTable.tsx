import { type KindResult, STATUS_RATINGS } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { statusShares } from '../../results/statusShares';
import { consoleBand, StatusBands } from './StatusBands';

interface Props {
  readonly result: Extract<KindResult, { kind: 'status' }>;
  readonly labelOf: (id: string) => string;
}

/** How the room rates each past priority: a stacked bar per priority, the counts in the columns. */
export function VoteStatusTable({ result, labelOf }: Props) {
  const { t } = useI18n();
  return (
    <div className="vote-table-wrap">
      <table className="vote-table vote-table--status">
        <caption className="visually-hidden">{t('vote.console.statusCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vote.console.priority')}</th>
            {STATUS_RATINGS.map((r) => (
              <th key={r} scope="col" className="vote-table__num">
                <span className={`vote-swatch vote-swatch--${r}`} aria-hidden="true" />
                {t(`vote.console.status.${r}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="vote-table__item">
                <span dir="auto">{labelOf(item.id)}</span>
                <StatusBands
                  shares={statusShares(item.counts)}
                  className="vote-stack"
                  bandClass={consoleBand}
                />
              </th>
              {STATUS_RATINGS.map((r) => (
                <td key={r} className="vote-table__num">
                  {formatNumber(item.counts[r])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
