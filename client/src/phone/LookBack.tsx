import {
  type ItemView,
  type OutcomeView,
  type StageView,
  stageDescription,
  stageTitle,
} from '@majlis/shared';
import { useEffect, useId } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { ParticipantIdeas } from '../ideas/ParticipantIdeas';
import { WaitingCard } from '../phoneKit/WaitingCard';
import { stageOutcomes } from '../record/outcomeSections';
import { PhoneOutcomes } from '../record/PhoneOutcomes';
import { BallotSummary } from '../vote/phone/BallotSummary';
import type { Ballots } from '../vote/phone/useBallots';
import { VoteResultsCompact } from '../vote/phone/VoteResultsCompact';
import { targetLabeler } from '../vote/results/targetLabeler';
// The ballot and results sheets, as on the vote stage itself.
import '../styles/phone-vote.css';
import '../styles/phone-vote-results.css';

interface Props {
  /** The stages before the one the room is on, in agenda order. */
  readonly earlier: readonly StageView[];
  readonly selected: StageView;
  /** Stages in the whole agenda, for "stage 2 of 5". */
  readonly total: number;
  /** Every item of the workshop; the selected stage's active ones are shown. */
  readonly items: readonly ItemView[];
  /** Every decision and action item; a notes stage shows its own. */
  readonly outcomes: readonly OutcomeView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly onSelect: (stageId: string) => void;
  /** This phone's ballots, for what it voted in an earlier vote stage. */
  readonly ballots: Ballots;
  readonly canSend: boolean;
}

/** Earlier stages, read-only: what the room said before, for a participant who joined late or wants
 * to check. Nothing here can be changed; the way back to now is the bar at the bottom. */
export function LookBack(props: Props) {
  const { earlier, selected, total, items, outcomes, isMine, onSelect, ballots, canSend } = props;
  const { t, lang } = useI18n();
  const navId = useId();
  const stageItems = items.filter((item) => item.stageId === selected.id && item.status === 'active');
  const number = earlier.findIndex((s) => s.id === selected.id) + 1;
  return (
    <>
      <div className="look-back__banner">
        <Icon name="history" />
        <span>{t('me.lookingBack')}</span>
      </div>
      <nav className="look-back__nav" aria-labelledby={navId}>
        <h2 id={navId} className="look-back__nav-title">
          {t('me.earlier')}
        </h2>
        <ol className="look-back__stages">
          {earlier.map((stage, i) => (
            <li key={stage.id}>
              <button
                type="button"
                className="look-back__stage"
                aria-current={stage.id === selected.id ? 'true' : undefined}
                onClick={() => onSelect(stage.id)}
              >
                <span className="look-back__n mono">{i + 1}</span>
                <span className="look-back__stage-title" dir="auto">
                  {stageTitle(stage, lang)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="look-back__stage-view" aria-labelledby={`${navId}-stage`}>
        <p className="look-back__kicker">{t('me.stageOf', { n: number, total })}</p>
        <h1 id={`${navId}-stage`} className="look-back__title" dir="auto">
          {stageTitle(selected, lang)}
        </h1>
        {stageDescription(selected, lang) && (
          <p className="look-back__description" dir="auto">
            {stageDescription(selected, lang)}
          </p>
        )}
      </section>
      {selected.kind === 'list' ? (
        <ParticipantIdeas
          items={stageItems}
          isMine={isMine}
          heading={t('me.ideasThen')}
          emptyText={t('me.noIdeasThen')}
        />
      ) : selected.kind === 'vote' ? (
        <LookBackVote stage={selected} items={items} ballots={ballots} canSend={canSend} />
      ) : selected.kind === 'notes' ? (
        <PhoneOutcomes
          outcomes={stageOutcomes(outcomes, selected.id)}
          items={items}
          emptyText={t('me.outcomes.none')}
        />
      ) : (
        <WaitingCard icon="check" text={t('me.nothingListed')} />
      )}
    </>
  );
}

interface VoteProps {
  readonly stage: StageView;
  readonly items: readonly ItemView[];
  readonly ballots: Ballots;
  readonly canSend: boolean;
}

/** An earlier vote, read only: my own ballot as the server holds it and, when the room may see them,
 * the results. Nothing to change or dismiss here. */
function LookBackVote({ stage, items, ballots, canSend }: VoteProps) {
  const { t } = useI18n();
  const { refresh } = ballots;
  // The server's word on my ballot (a reload or another device may have left this copy behind).
  useEffect(() => {
    if (canSend && stage.state !== 'draft') void refresh(stage.id);
  }, [canSend, stage.id, stage.state, refresh]);

  const vote = stage.vote;
  const settings = vote?.settings;
  if (!vote || !settings || stage.state === 'draft' || vote.targets.length === 0) {
    return <WaitingCard icon="check" text={t('me.lookBack.noVote')} />;
  }
  const labelOf = targetLabeler(settings, items, {
    untitled: t('ballot.missing'),
    gone: t('ballot.missing'),
  });
  const stored = ballots.book.stored[stage.id];
  return (
    <>
      {stored ? (
        <BallotSummary settings={settings} targets={vote.targets} ballot={stored.ballot} labelOf={labelOf} />
      ) : (
        <WaitingCard icon="check" text={t('ballot.didNotVote')} />
      )}
      {vote.results ? (
        <VoteResultsCompact results={vote.results} labelOf={labelOf} />
      ) : (
        <WaitingCard icon="clock" text={t('me.lookBack.noResults')} />
      )}
    </>
  );
}
