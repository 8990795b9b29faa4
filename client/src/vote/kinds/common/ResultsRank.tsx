import type { Locale } from '@majlis/shared';
import { translate } from '../../../i18n/translate';
import { rankMark } from '../../results/resultNumbers';

interface Props {
  readonly rank: number;
  readonly tied: boolean;
  readonly locale: Locale;
  /** What the badge shows instead of the rank: the number of the matrix's dot for this row. */
  readonly mark?: string;
}

/** A rank on the board: "1", or "=2" and the word "tie" when the place is shared. The sentence is what
 * a screen reader hears; the marks are for the room. Beside the matrix the badge is a dot with the
 * row's number, the very label of its dot on the chart. */
export function ResultsRank({ rank, tied, locale, mark }: Props) {
  return (
    <span
      className={`results-rank ${tied ? 'is-tied' : ''} ${mark ? 'results-rank--dot' : ''} ${rank === 1 ? 'is-top' : ''}`}
    >
      <span className="results-rank__n" aria-hidden="true">
        {mark ?? rankMark(rank, tied)}
      </span>
      {tied && (
        <span className="results-rank__tie" aria-hidden="true">
          {translate(locale, 'results.tie')}
        </span>
      )}
      <span className="visually-hidden">
        {translate(locale, tied ? 'results.rankTied' : 'results.rank', { rank })}
      </span>
    </span>
  );
}
