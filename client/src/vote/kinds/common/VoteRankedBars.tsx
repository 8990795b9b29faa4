import type { KindResultOf } from '@majlis/shared';
import { stageTitle } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { rankedRows, voterPercent } from '../../results/rankedRows';
import { rankMark } from '../../results/resultNumbers';
import type { ConsoleResultProps } from '../resultsPart';
import { type KindsDrawnAs, resultsPartOf } from '../resultsParts';

/** A later vote may take the top N of this one (`cut`): the line shows where it cuts. */
type Props = ConsoleResultProps<KindResultOf<KindsDrawnAs<'ranked'>>>;

/**
 * A ranked result (every kind drawn `ranked`: dots, Borda points, poll votes, approvals) as ranked bars. Ties share a rank and are marked "="
 * (and said in words to screen readers); the bars are decoration, the numbers are the text.
 */
export function VoteRankedBars({ result, labelOf, voters, cut }: Props) {
  const { t, lang } = useI18n();
  const rows = rankedRows(result);
  const part = resultsPartOf(result.kind);
  // The last row the cut lets through: everything tied at the cut-off goes on, as on the server.
  const lastIn = cut ? rows.findLastIndex((r) => r.rank <= cut.n) : -1;

  return (
    <ol className={`vote-bars vote-bars--${result.kind}`}>
      {rows.map((row, index) => (
        <li
          key={row.id}
          className={`vote-bar ${index === lastIn && index < rows.length - 1 ? 'is-cut' : ''}`}
        >
          <span className={`vote-bar__rank ${row.tied ? 'is-tied' : ''}`}>
            <span aria-hidden="true" dir="ltr">
              {rankMark(row.rank, row.tied)}
            </span>
            <span className="visually-hidden">
              {row.tied
                ? t('vote.console.rankTied', { rank: row.rank })
                : t('vote.console.rankOf', { rank: row.rank })}
            </span>
          </span>
          <span className="vote-bar__label" dir="auto">
            {labelOf(row.id)}
          </span>
          <span className="vote-bar__track" aria-hidden="true">
            <span className="vote-bar__fill" style={{ inlineSize: `${row.share * 100}%` }} />
          </span>
          <span className="vote-bar__value">
            {/* The results' own words, as the phone says them: "1 dot", "12 approvals". */}
            {part.valueText(t, row.value)}
            {part.shareOfVoters && voters > 0 && (
              <span className="vote-bar__share"> · {voterPercent(row.value, voters)}%</span>
            )}
          </span>
          {index === lastIn && index < rows.length - 1 && cut && (
            <span className="vote-bar__cut">
              {t('vote.console.cut', { n: formatNumber(lastIn + 1), stage: stageTitle(cut.stage, lang) })}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}
