import { type KindResult, type Locale, STATUS_RATINGS } from '@majlis/shared';
import { translatorFor } from '../i18n/translate';
import { formatNumber } from '../lib/numbers';
import { cellOf, voterPercent } from '../vote/results/rankedRows';
import { formatTotal, rankMark } from '../vote/results/resultNumbers';
import { STATUS_MARKS } from '../vote/results/statusMarks';
import { statusShares } from '../vote/results/statusShares';

/** A band this wide (share of the cell) carries its mark, so the colours are never the only cue. */
const MARK_MIN_SHARE = 0.22;

interface Props {
  readonly result: KindResult;
  readonly id: string;
  /** The column's voters, for a poll's share. */
  readonly voters: number;
  readonly locale: Locale;
}

/** One group's result for one item: its rank in that group and a bar scaled to the group's largest,
 * or for a status review the group's own split of ratings. Said in words for screen readers. */
export function ResultsGroupCell({ result, id, voters, locale }: Props) {
  const t = translatorFor(locale);
  if (result.kind === 'status') {
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
  const row = cellOf(result, id);
  // Not scored by anyone in this group: nothing to rank.
  const unscored = result.kind === 'score' && result.items.find((i) => i.id === id)?.n === 0;
  if (!row || !('share' in row) || unscored) return <span className="results-cell__none">–</span>;
  const value =
    result.kind === 'score'
      ? formatTotal(row.value)
      : result.kind === 'poll' && voters > 0
        ? `${voterPercent(row.value, voters)}%`
        : formatNumber(row.value);
  return (
    <span className={`results-cell ${row.rank === 1 && row.value > 0 ? 'is-top' : ''}`}>
      <span className="results-cell__line">
        <span className={`results-cell__rank ${row.tied ? 'is-tied' : ''}`} aria-hidden="true">
          {rankMark(row.rank, row.tied)}
        </span>
        <span className="results-cell__value" aria-hidden="true" dir="ltr">
          {value}
        </span>
      </span>
      <span className="results-cell__bar" aria-hidden="true">
        <span style={{ inlineSize: `${row.share * 100}%` }} />
      </span>
      <span className="visually-hidden">
        {t(row.tied ? 'results.rankTied' : 'results.rank', { rank: row.rank })}, {value}
      </span>
    </span>
  );
}
