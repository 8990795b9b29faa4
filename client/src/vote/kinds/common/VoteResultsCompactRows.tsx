import type { KindResultOf, VoteKind } from '@majlis/shared';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { rankedRows } from '../../results/rankedRows';
import { rankMark } from '../../results/resultNumbers';
import type { PhoneResultProps } from '../resultsPart';
import { resultsPartOf } from '../resultsParts';

interface Props extends PhoneResultProps<KindResultOf<Exclude<VoteKind, 'status'>>> {
  /** A line under a row's title (a score's means per criterion). */
  readonly detailOf?: (id: string) => ReactNode;
}

/** Ranked results on the phone: rank (ties marked as ties), title, value and a slim bar. */
export function VoteResultsCompactRows({ result, labelOf, detailOf }: Props) {
  const { t } = useI18n();
  const part = resultsPartOf(result.kind);
  return (
    <ol className="phone-results__list">
      {rankedRows(result).map((row) => {
        // An item nobody scored has no place to share: no rank, no "tie".
        const ranked = !part.unranked(result, row.id);
        const tied = ranked && row.tied;
        return (
          <li key={row.id} className="result-row">
            <span className={`result-row__rank mono ${tied ? 'is-tied' : ''}`}>
              <span aria-hidden="true" dir="ltr">
                {ranked ? rankMark(row.rank, tied) : '–'}
              </span>
              {ranked && (
                <span className="visually-hidden">
                  {tied ? t('results.rankTied', { rank: row.rank }) : t('results.rank', { rank: row.rank })}
                </span>
              )}
            </span>
            <span className="result-row__title" dir="auto">
              {labelOf(row.id)}
              {tied && <span className="tie-mark">{t('results.tie')}</span>}
            </span>
            <span className="result-row__value">{ranked ? part.valueText(t, row.value) : ''}</span>
            <span className="result-row__bar" aria-hidden="true">
              <span style={{ inlineSize: `${row.share * 100}%` }} />
            </span>
            {detailOf?.(row.id)}
          </li>
        );
      })}
    </ol>
  );
}
