import { type Locale, STATUS_RATINGS } from '@majlis/shared';
import { translatorFor } from '../../../i18n/translate';
import { STATUS_MARKS } from '../../results/statusMarks';

/** The key to the status bars: each rating's colour, mark and word. Hidden from screen readers,
 * whose rows say every count in words. */
export function ResultsStatusLegend({ locale }: { readonly locale: Locale }) {
  const t = translatorFor(locale);
  return (
    <ul className="results-legend" aria-hidden="true">
      {STATUS_RATINGS.map((r) => (
        <li key={r} className="results-legend__item">
          <span className={`results-legend__swatch status-band--${r}`}>{STATUS_MARKS[r]}</span>
          {t(`ballot.status.${r}`)}
        </li>
      ))}
    </ul>
  );
}
