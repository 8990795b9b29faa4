import type { Locale } from '@majlis/shared';
import { translate } from '../i18n/translate';
import { rankMark } from './resultsRows';

/** A rank on the board: "1", or "=2" when the place is shared (the row says "tie" in words beside
 * it). The sentence is what a screen reader hears; the marks are for the room. */
export function ResultsRank({ rank, tied, locale }: { rank: number; tied: boolean; locale: Locale }) {
  return (
    <span className={`results-rank ${tied ? 'is-tied' : ''}`}>
      <span className="results-rank__n" aria-hidden="true">
        {rankMark(rank, tied)}
      </span>
      <span className="visually-hidden">
        {translate(locale, tied ? 'results.rankTied' : 'results.rank', { rank })}
      </span>
    </span>
  );
}
