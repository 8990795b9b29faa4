import type { KindResult, Locale, VoteResults } from '@majlis/shared';
import { translatorFor } from '../i18n/translate';
import { hasVotes } from '../vote/results/rankedRows';
import { BoardCalm } from './BoardCalm';
import { ResultsBars } from './ResultsBars';
import { ResultsByGroup } from './ResultsByGroup';
import { ResultsScore } from './ResultsScore';
import { ResultsStatus } from './ResultsStatus';

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
  const chart = kindChart(overall, results.voters, common);
  return (
    <>
      {chart}
      {byGroup && <p className="results-groups__note">{t('results.groupsNone')}</p>}
    </>
  );
}

type ChartProps = Omit<Parameters<typeof ResultsBars>[0], 'result' | 'voters'>;

/** The chart of the vote's kind: a new kind that has none is a type error here, not "no votes". */
function kindChart(result: KindResult, voters: number, common: ChartProps) {
  switch (result.kind) {
    case 'dots':
    case 'rank':
    case 'poll':
      return <ResultsBars result={result} voters={voters} {...common} />;
    case 'score':
      return <ResultsScore result={result} {...common} />;
    case 'status':
      return <ResultsStatus result={result} {...common} />;
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}
