import type { KindResultOf } from '@majlis/shared';
import { type CSSProperties, useMemo, useRef } from 'react';
import { BoardPager } from '../../../boardKit/BoardPager';
import { useBoardFit } from '../../../boardKit/useBoardFit';
import { useBoardPages } from '../../../boardKit/useBoardPages';
import { useFlip } from '../../../boardKit/useFlip';
import { translate } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import { rankedRows, voterPercent } from '../../results/rankedRows';
import type { BoardChartProps } from '../resultsPart';
import { type KindsDrawnAs, resultsPartOf } from '../resultsParts';
import { ResultsRank } from './ResultsRank';

/** Layouts in board-vote-results.css, roomiest first: 44 px rows … 32 px rows; titles always whole. */
const LEVELS = 5;

/** Ballots counted (`voters`): a poll's and an approval vote's bars also say what share of the
 * voters chose each. */
type Props = BoardChartProps<KindResultOf<KindsDrawnAs<'ranked'>>>;

/**
 * A ranked result (every kind whose results part is drawn `ranked`: dots, Borda points, poll votes,
 * approvals) as horizontal bars in rank order, the whole order (paged when long). Bars grow in when shown and glide when live votes reorder them; a shared rank says "tie"
 * under its number.
 */
export function ResultsBars({ result, voters, labelOf, locale, layoutKey, rotate }: Props) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const listRef = useRef<HTMLOListElement>(null);
  const rows = rankedRows(result);
  const part = resultsPartOf(result.kind);
  const shares = part.shareOfVoters && voters > 0 ? rows.map((r) => voterPercent(r.value, voters)) : null;
  const key = useMemo(
    () => `${layoutKey}:${rows.map((r) => `${r.id}.${labelOf(r.id).length}`).join(',')}`,
    [layoutKey, rows, labelOf],
  );
  const fit = useBoardFit(listRef, key, LEVELS);
  const { page, pageCount, pageSize } = useBoardPages(rows.length, fit.pageSize, 0, rotate);
  useFlip(listRef, `${layoutKey}|${fit.level}|${page}|${pageSize}`, fit.isSettled);
  const start = page * pageSize;

  return (
    // The caption is said visibly on the turnout line above (BoardVote), to give the bars its row.
    <figure
      className={`results-bars results-bars--level-${fit.level}`}
      aria-label={t(`results.caption.${result.kind}`)}
    >
      <ol ref={listRef} className="results-bars__list">
        {rows.slice(start, start + pageSize).map((row, i) => (
          <li
            key={row.id}
            className={`results-bar ${row.rank === 1 && row.value > 0 ? 'is-top' : ''}`}
            data-fit-item=""
            data-flip-key={row.id}
            style={{ '--i': i } as CSSProperties}
          >
            <ResultsRank rank={row.rank} tied={row.tied} locale={locale} />
            {/* Never cut: the title wraps and the board shrinks the type; its box takes its direction. */}
            <span className="results-bar__title" dir="auto">
              {labelOf(row.id)}
            </span>
            <span className="results-bar__track" aria-hidden="true">
              <span className="results-bar__fill" style={{ inlineSize: `${row.share * 100}%` }} />
            </span>
            <span className="results-bar__value">
              <span className="visually-hidden">{part.valueText(t, row.value)}</span>
              <span aria-hidden="true">{formatNumber(row.value)}</span>
              {shares && (
                <span className="results-bar__share" dir="ltr">
                  {shares[start + i]}%
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </figure>
  );
}
