import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import type { StatusResult } from '../../results/rankedRows';
import { STATUS_MARKS } from '../../results/statusMarks';
import { percentages, statusShares } from '../../results/statusShares';

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
            <span className="status-bar" aria-hidden="true">
              {shares.map((s) =>
                s.count > 0 ? (
                  <span
                    key={s.rating}
                    className={`status-bar__band status-bar__band--${s.rating}`}
                    style={{ flexGrow: s.count }}
                  />
                ) : null,
              )}
            </span>
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
