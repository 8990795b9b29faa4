import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import type { StatusResult } from '../../results/rankedRows';
import { STATUS_MARKS } from '../../results/statusMarks';
import { percentages, statusShares } from '../../results/statusShares';
import { StatusBands } from './StatusBands';

interface Props {
  readonly result: StatusResult;
  readonly labelOf: (id: string) => string;
}

/** A status review on the phone: per priority, a stacked bar and the counts in words and marks. */
export function VoteResultsCompactStatus({ result, labelOf }: Props) {
  const { t } = useI18n();
  return (
    <ul className="phone-results__list">
      {result.items.map((item) => {
        const shares = statusShares(item.counts);
        const pct = percentages(shares.map((s) => s.count));
        return (
          <li key={item.id} className="status-row">
            <span className="status-row__title" dir="auto">
              {labelOf(item.id)}
            </span>
            <StatusBands
              shares={shares}
              className="status-bar"
              bandClass={(rating) => `status-bar__band status-bar__band--${rating}`}
            />
            <span className="status-row__counts">
              {shares.map((s, i) => (
                <span key={s.rating} className={`status-count status-count--${s.rating}`}>
                  <span aria-hidden="true">{STATUS_MARKS[s.rating]}</span> {t(`ballot.status.${s.rating}`)}{' '}
                  <b>{formatNumber(s.count)}</b>{' '}
                  <span className="status-count__pct" dir="ltr">
                    ({pct[i]}%)
                  </span>
                </span>
              ))}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
