import type { KindResult } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { matrixAxes, quadrantOf } from '../../results/matrix';
import { formatMean, formatTotal, rankMark } from '../../results/resultNumbers';

interface Props {
  readonly result: Extract<KindResult, { kind: 'score' }>;
  readonly labelOf: (id: string) => string;
}

/** Mean per criterion, the weighted total that ranks the items, and which quarter of the matrix each is in. */
export function VoteScoreTable({ result, labelOf }: Props) {
  const { t } = useI18n();
  const axes = matrixAxes(result);
  const weighted = result.criteria.some((c) => c.weight !== 1);
  return (
    <div className="vote-table-wrap">
      <table className="vote-table">
        <caption className="visually-hidden">{t('vote.console.scoreCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="vote-table__rank">
              {t('vote.console.rank')}
            </th>
            <th scope="col">{t('vote.console.item')}</th>
            {result.criteria.map((c) => (
              <th key={c.id} scope="col" className="vote-table__num">
                <span dir="auto">{c.label}</span>
                {weighted && <span className="vote-table__weight"> ×{formatNumber(c.weight)}</span>}
              </th>
            ))}
            <th scope="col" className="vote-table__num">
              {t('vote.console.total')}
            </th>
            {axes && <th scope="col">{t('vote.console.quadrant')}</th>}
            <th scope="col" className="vote-table__num">
              {t('vote.console.scoredBy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => {
            const scored = item.n > 0;
            const quadrant = axes ? quadrantOf(item.means[axes.x.id] ?? 0, item.means[axes.y.id] ?? 0) : null;
            return (
              <tr key={item.id} className={scored ? '' : 'is-unscored'}>
                <td className={`vote-table__rank ${item.tied ? 'is-tied' : ''}`}>
                  <span aria-hidden="true" dir="ltr">
                    {rankMark(item.rank, item.tied)}
                  </span>
                  <span className="visually-hidden">
                    {item.tied ? t('vote.console.rankTied', { rank: item.rank }) : String(item.rank)}
                  </span>
                </td>
                <th scope="row" dir="auto" className="vote-table__item">
                  {labelOf(item.id)}
                </th>
                {result.criteria.map((c) => (
                  <td key={c.id} className="vote-table__num">
                    {scored ? formatMean(item.means[c.id] ?? 0) : '–'}
                  </td>
                ))}
                <td className="vote-table__num vote-table__total">
                  {scored ? formatTotal(item.total) : '–'}
                </td>
                {quadrant && (
                  <td>
                    {scored ? (
                      <span className={`vote-quadrant vote-quadrant--${quadrant}`}>
                        {t(`vote.console.quadrant.${quadrant}`)}
                      </span>
                    ) : (
                      t('vote.console.notScored')
                    )}
                  </td>
                )}
                <td className="vote-table__num">{formatNumber(item.n)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
