import type { Locale, VoteResults } from '@majlis/shared';
import { translatorFor } from '../i18n/translate';
import { boardResultsOf } from '../vote/kinds/boardResultsParts';
import { hasVotes } from '../vote/results/rankedRows';
import { BoardCalm } from './BoardCalm';
import { ResultsByGroup } from './ResultsByGroup';

interface Props {
  readonly results: VoteResults;
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  /** Each stakeholder group's result beside everyone's (key G on the board). */
  readonly byGroup: boolean;
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** The results the room may see, drawn for the vote's kind, or by group when asked and possible. */
export function ResultsView({ results, labelOf, locale, byGroup, layoutKey, rotate }: Props) {
  const t = translatorFor(locale);
  const overall = results.overall;
  const common = { labelOf, locale, layoutKey: `${layoutKey}|${byGroup}`, rotate };
  if (!hasVotes(overall)) return <BoardCalm icon="clock" title={t('results.noVotes')} />;
  if (byGroup && results.byGroup.length > 0) return <ResultsByGroup results={results} {...common} />;
  const { Chart } = boardResultsOf(overall.kind);
  return (
    <>
      <Chart result={overall} voters={results.voters} {...common} />
      {byGroup && <p className="results-groups__note">{t('results.groupsNone')}</p>}
    </>
  );
}
