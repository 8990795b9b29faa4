import type { KindResultOf } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { formatMean } from '../../results/resultNumbers';
import { criterionLabel } from '../../results/resultsText';
import { VoteResultsCompactRows } from '../common/VoteResultsCompactRows';
import type { PhoneResultProps } from '../resultsPart';

/** A score vote on the phone: the ranked totals, each with its criteria's means under the title. */
export function ScoreCompactRows({ result, labelOf }: PhoneResultProps<KindResultOf<'score'>>) {
  const { t } = useI18n();
  const items = new Map(result.items.map((i) => [i.id, i]));
  const meansOf = (id: string) => {
    const scored = items.get(id);
    if (!scored) return null;
    return (
      <span className="result-row__means">
        {scored.n === 0
          ? t('results.notScored')
          : result.criteria.map((c) => (
              <span key={c.id}>
                {criterionLabel(t, c)} <b>{formatMean(scored.means[c.id] ?? 0)}</b>
              </span>
            ))}
      </span>
    );
  };
  return <VoteResultsCompactRows result={result} labelOf={labelOf} detailOf={meansOf} />;
}
