import { STATUS_RATINGS } from '@majlis/shared';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
import { BoardPager } from '../../../boardKit/BoardPager';
import { useBoardFit } from '../../../boardKit/useBoardFit';
import { useBoardPages } from '../../../boardKit/useBoardPages';
import { translatorFor } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import type { StatusResult } from '../../results/rankedRows';
import { STATUS_MARKS } from '../../results/statusMarks';
import { percentages, statusShares } from '../../results/statusShares';
import type { BoardChartProps } from '../resultsPart';
import { ResultsStatusLegend } from './ResultsStatusLegend';
import { StatusBands } from './StatusBands';

/** Layouts in board-vote-status.css, roomiest first. */
const LEVELS = 4;
/** A band narrower than this (share of the bar) shows no number inside; the legend and the text
 * equivalent still carry it. */
const LABEL_MIN_SHARE = 0.07;

type Props = BoardChartProps<StatusResult>;

/**
 * A status review: each past priority a bar split into on track, partly, off track and don't know,
 * in that order, each band with its count and mark, so colour is never the only cue. Priorities
 * keep the list's order: this is a review, not a ranking.
 */
export function ResultsStatus({ result, labelOf, locale, layoutKey, rotate }: Props) {
  const t = translatorFor(locale);
  const captionId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const key = useMemo(
    () => `${layoutKey}:${result.items.map((r) => `${r.id}.${labelOf(r.id).length}`).join(',')}`,
    [layoutKey, result.items, labelOf],
  );
  const fit = useBoardFit(listRef, key, LEVELS);
  const { page, pageCount, pageSize } = useBoardPages(result.items.length, fit.pageSize, 0, rotate);
  const start = page * pageSize;
  return (
    <figure className={`results-status results-status--level-${fit.level}`} aria-labelledby={captionId}>
      <div className="results-status__head">
        <figcaption id={captionId} className="results-caption">
          {t('results.statusCaption')}
        </figcaption>
        <ResultsStatusLegend locale={locale} />
      </div>
      <ol ref={listRef} className="results-status__list">
        {result.items.slice(start, start + pageSize).map((item, i) => {
          const shares = statusShares(item.counts);
          const pct = percentages(shares.map((s) => s.count));
          return (
            <li
              key={item.id}
              className="results-status__row"
              data-fit-item=""
              style={{ '--i': i } as CSSProperties}
            >
              <span className="results-status__title" dir="auto">
                {labelOf(item.id)}
              </span>
              <StatusBands
                shares={shares}
                className="results-status__bar"
                bandClass={(rating) => `results-status__band status-band--${rating}`}
                label={(s) =>
                  s.share >= LABEL_MIN_SHARE && (
                    <>
                      <span className="results-status__mark">{STATUS_MARKS[s.rating]}</span>
                      {formatNumber(s.count)}
                    </>
                  )
                }
              >
                {item.n === 0 && <span className="results-status__empty">{t('results.noVotes')}</span>}
              </StatusBands>
              <span className="visually-hidden">
                {STATUS_RATINGS.map(
                  (r, j) => `${t(`ballot.status.${r}`)}: ${formatNumber(item.counts[r])} (${pct[j]}%)`,
                ).join(t('ballot.listSeparator'))}
              </span>
            </li>
          );
        })}
      </ol>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </figure>
  );
}
