import type { KindResultOf, VoteKind } from '@majlis/shared';
import { translatorFor } from '../../../i18n/translate';
import { rankedRows, voterPercent } from '../../results/rankedRows';
import { rankMark } from '../../results/resultNumbers';
import type { BoardGroupCellProps } from '../resultsPart';
import { resultsPartOf } from '../resultsParts';

/** One group's result for one item: its rank in that group and a bar scaled to the group's largest.
 * Said in words for screen readers. */
export function ResultsGroupCell({
  result,
  id,
  voters,
  locale,
}: BoardGroupCellProps<KindResultOf<Exclude<VoteKind, 'status'>>>) {
  const t = translatorFor(locale);
  const part = resultsPartOf(result.kind);
  const row = rankedRows(result).find((r) => r.id === id);
  // Not scored by anyone in this group: nothing to rank.
  if (!row || part.unranked(result, id)) return <span className="results-cell__none">–</span>;
  const value =
    part.shareOfVoters && voters > 0 ? `${voterPercent(row.value, voters)}%` : part.formatValue(row.value);
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
