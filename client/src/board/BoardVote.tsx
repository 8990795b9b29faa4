import type { Locale, PresenceCounts, StageView, VoteResults, WorkshopView } from '@majlis/shared';
import { type Translate, translatorFor } from '../i18n/translate';
import { resultsPartOf } from '../vote/kinds/resultsParts';
import { presentVoters } from '../vote/results/presentVoters';
import { targetLabeler } from '../vote/results/targetLabeler';
import { BoardCalm } from './BoardCalm';
import { BoardVoteTargets } from './BoardVoteTargets';
import { BoardVoteTurnout } from './BoardVoteTurnout';
import { ResultsView } from './ResultsView';
import { visibleResults } from './resultsLayout';

interface Props {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly locale: Locale;
  readonly presence: PresenceCounts | undefined;
  readonly byGroup: boolean;
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/**
 * A vote stage on the board. While it runs: how many have voted, big, and what is on the ballot (or
 * the live results, when the facilitator chose them). Closed: the final turnout while the room waits.
 * Revealed: the results, animated in. Ballots never reach this screen, only the room's totals.
 */
export function BoardVote({ view, stage, locale, presence, byGroup, layoutKey, rotate }: Props) {
  const t = translatorFor(locale);
  const vote = stage.vote;
  const settings = vote?.settings;
  if (!vote || !settings || stage.state === 'draft' || vote.targets.length === 0) {
    return <BoardCalm icon="check" title={t('board.vote')} />;
  }
  const labelOf = targetLabeler(settings, view.items, {
    untitled: t('ballot.missing'),
    gone: t('ballot.missing'),
  });
  const results = visibleResults(stage);
  const open = stage.state === 'open';
  const turnout = {
    voted: vote.turnout,
    present: presentVoters(presence, settings),
    settings,
    targets: vote.targets,
    locale,
    open,
  };
  if (results) {
    return (
      <div className="board-vote board-vote--results">
        <BoardVoteTurnout {...turnout} variant="line" caption={lineCaption(t, results, byGroup)} />
        <ResultsView
          results={results}
          labelOf={labelOf}
          locale={locale}
          byGroup={byGroup}
          layoutKey={layoutKey}
          rotate={rotate}
        />
      </div>
    );
  }
  return (
    <div className="board-vote board-vote--running">
      <BoardVoteTurnout {...turnout} variant="panel" />
      {open ? (
        <BoardVoteTargets
          targets={vote.targets}
          labelOf={labelOf}
          locale={locale}
          layoutKey={layoutKey}
          rotate={rotate}
        />
      ) : (
        <BoardCalm icon="clock" title={t('results.closedText')} />
      )}
    </div>
  );
}

/** The caption of ranked bars or of the comparison by group, said on the turnout line above them
 * so the chart keeps every row; none for the other charts, which carry their own. */
function lineCaption(t: Translate, results: VoteResults, byGroup: boolean): string | undefined {
  if (byGroup && results.byGroup.length > 0) return t('results.byGroup');
  const caption = resultsPartOf(results.overall.kind).caption;
  return caption === null ? undefined : t(caption);
}
