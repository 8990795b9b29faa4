import { STATUS_RATINGS } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';

/** The key to the console's status cells: the cells show counts in this order; their full words are
 * in each cell for screen readers. */
export function VoteStatusLegend() {
  const { t } = useI18n();
  return (
    <p className="vote-legend" aria-hidden="true">
      {STATUS_RATINGS.map((r) => (
        <span key={r}>
          <span className={`vote-swatch vote-swatch--${r}`} />
          {t(`vote.console.status.${r}`)}
        </span>
      ))}
    </p>
  );
}
