import type { Locale, VoteResults } from '@majlis/shared';
import { translatorFor } from '../i18n/translate';
import { BoardCalm } from './BoardCalm';
import { ResultsBars } from './ResultsBars';
import { ResultsByGroup } from './ResultsByGroup';
import { ResultsScore } from './ResultsScore';
import { ResultsStatus } from './ResultsStatus';
import { hasVotes } from './resultsRows';

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
  const chart =
    overall.kind === 'score' ? (
      <ResultsScore result={overall} {...common} />
    ) : overall.kind === 'status' ? (
      <ResultsStatus result={overall} {...common} />
    ) : (
      <ResultsBars result={overall} voters={results.voters} {...common} />
    );
  return (
    <>
      {chart}
      {byGroup && <p className="results-groups__note">{t('results.groupsNone')}</p>}
    </>
  );
}
