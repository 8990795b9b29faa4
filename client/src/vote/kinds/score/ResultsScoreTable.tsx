import { useMemo, useRef } from 'react';
import { BoardPager } from '../../../boardKit/BoardPager';
import { useBoardFit } from '../../../boardKit/useBoardFit';
import { useBoardPages } from '../../../boardKit/useBoardPages';
import { useFlip } from '../../../boardKit/useFlip';
import { translatorFor } from '../../../i18n/translate';
import { matrixAxes, scoreNumbers } from '../../results/matrix';
import type { ScoreResult } from '../../results/rankedRows';
import { formatMean, formatTotal } from '../../results/resultNumbers';
import { criterionLabel } from '../../results/resultsText';
import { ResultsRank } from '../common/ResultsRank';
import type { BoardResultsFrame } from '../resultsPart';

/** Layouts in board-vote-score.css, roomiest first. */
const LEVELS = 4;
/** Beyond this many criteria a row shows the means of the matrix's two (the total counts them all). */
const MAX_CRITERIA_SHOWN = 3;

type Props = BoardResultsFrame & { readonly result: ScoreResult };

/** The weighted totals in rank order beside the matrix, each with its criteria's means under the
 * title: the numbers the dots stand for, and the matrix's text equivalent for anyone who cannot see
 * it. Totals have two decimals, so two ranks never show the same number. */
export function ResultsScoreTable({ result, labelOf, locale, layoutKey, rotate }: Props) {
  const t = translatorFor(locale);
  const boxRef = useRef<HTMLDivElement>(null);
  const axes = matrixAxes(result);
  const criteria = result.criteria.length <= MAX_CRITERIA_SHOWN || !axes ? result.criteria : [axes.y, axes.x];
  const rows = [...result.items].sort((a, b) => a.rank - b.rank);
  // With the matrix beside it, each row carries its dot's number (its place in this order).
  const numbers = axes ? scoreNumbers(result) : null;
  // With equal weights the total is plainly the mean of the means; say "weighted" only when it is.
  const weighted = new Set(result.criteria.map((c) => c.weight)).size > 1;
  const key = useMemo(
    () => `${layoutKey}:${rows.map((r) => `${r.id}.${labelOf(r.id).length}`).join(',')}`,
    [layoutKey, rows, labelOf],
  );
  const fit = useBoardFit(boxRef, key, LEVELS);
  const { page, pageCount, pageSize } = useBoardPages(rows.length, fit.pageSize, 0, rotate);
  useFlip(boxRef, `${layoutKey}|${fit.level}|${page}|${pageSize}`, fit.isSettled);
  const start = page * pageSize;
  return (
    <div className={`results-score-table results-score-table--level-${fit.level}`}>
      <div ref={boxRef} className="results-score-table__box">
        <table>
          <thead>
            <tr>
              <th scope="col" className="results-score-table__rank">
                {t('results.col.rank')}
              </th>
              <th scope="col">{t('results.col.item')}</th>
              <th scope="col" className="is-number">
                {weighted ? t('results.col.weighted') : t('results.col.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(start, start + pageSize).map((item) => (
              <tr key={item.id} data-fit-item="" data-flip-key={item.id}>
                <td>
                  {/* Nobody scored it: it has no place to share, so no rank and no "tie". */}
                  {item.n === 0 ? (
                    <span className="results-rank is-unranked">–</span>
                  ) : (
                    <ResultsRank
                      rank={item.rank}
                      tied={item.tied}
                      locale={locale}
                      mark={numbers ? String(numbers.get(item.id) ?? '') : undefined}
                    />
                  )}
                </td>
                <th scope="row">
                  {/* Never cut: the title wraps; its box takes its own direction. */}
                  <span className="results-score-table__title" dir="auto">
                    {labelOf(item.id)}
                  </span>
                  <span className="results-score-table__means">
                    {item.n === 0
                      ? t('results.notScored')
                      : criteria.map((c) => (
                          <span key={c.id}>
                            {criterionLabel(t, c)} <b>{formatMean(item.means[c.id] ?? 0)}</b>
                          </span>
                        ))}
                  </span>
                </th>
                <td className="is-number is-total">{item.n === 0 ? '–' : formatTotal(item.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </div>
  );
}
