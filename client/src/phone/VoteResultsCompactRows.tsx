import type { KindResult } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { rankedRows } from '../vote/results/rankedRows';
import { formatMean, formatTotal, rankMark } from '../vote/results/resultNumbers';
import { criterionLabel, unitText } from '../vote/results/resultsText';

interface Props {
  readonly result: Exclude<KindResult, { kind: 'status' }>;
  readonly labelOf: (id: string) => string;
}

/** Ranked results on the phone: rank (ties marked as ties), title, value and a slim bar. */
export function VoteResultsCompactRows({ result, labelOf }: Props) {
  const { t, lang } = useI18n();
  const value = (n: number) => (result.kind === 'score' ? formatTotal(n) : unitText(lang, result.kind, n));
  const means = result.kind === 'score' ? new Map(result.items.map((i) => [i.id, i])) : null;
  return (
    <ol className="phone-results__list">
      {rankedRows(result).map((row) => {
        const scored = means?.get(row.id);
        // An item nobody scored has no place to share: no rank, no "tie".
        const ranked = scored?.n !== 0;
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
            <span className="result-row__value">{ranked ? value(row.value) : ''}</span>
            <span className="result-row__bar" aria-hidden="true">
              <span style={{ inlineSize: `${row.share * 100}%` }} />
            </span>
            {result.kind === 'score' && scored && (
              <span className="result-row__means">
                {scored.n === 0
                  ? t('results.notScored')
                  : result.criteria.map((c) => (
                      <span key={c.id}>
                        {criterionLabel(t, c)} <b>{formatMean(scored.means[c.id] ?? 0)}</b>
                      </span>
                    ))}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
