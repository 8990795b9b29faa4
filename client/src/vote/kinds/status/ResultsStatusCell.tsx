import type { KindResultOf } from '@majlis/shared';
import { STATUS_RATINGS } from '@majlis/shared';
import { translatorFor } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import { STATUS_MARKS } from '../../results/statusMarks';
import { statusShares } from '../../results/statusShares';
import type { BoardGroupCellProps } from '../resultsPart';

/** A band this wide (share of the cell) carries its mark, so the colours are never the only cue. */
const MARK_MIN_SHARE = 0.22;

/** One group's split of ratings for one priority, in the board's comparison by group. Said in
 * words for screen readers. */
export function ResultsStatusCell({ result, id, locale }: BoardGroupCellProps<KindResultOf<'status'>>) {
  const t = translatorFor(locale);
  const item = result.items.find((i) => i.id === id);
  if (!item || item.n === 0) return <span className="results-cell__none">–</span>;
  return (
    <span className="results-cell">
      <span className="results-cell__status" aria-hidden="true">
        {statusShares(item.counts).map((s) =>
          s.count > 0 ? (
            <span
              key={s.rating}
              className={`results-cell__band status-band--${s.rating}`}
              style={{ flexGrow: s.count }}
            >
              {s.share >= MARK_MIN_SHARE ? STATUS_MARKS[s.rating] : null}
            </span>
          ) : null,
        )}
      </span>
      <span className="visually-hidden">
        {STATUS_RATINGS.map((r) => `${t(`ballot.status.${r}`)}: ${formatNumber(item.counts[r])}`).join(
          t('ballot.listSeparator'),
        )}
      </span>
    </span>
  );
}
