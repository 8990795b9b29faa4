import {
  GROUP_LABELS,
  type ItemView,
  type StageView,
  type StakeholderGroup,
  stageTitle,
} from '@majlis/shared';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/useI18n';
import { WaitingCard } from '../../phoneKit/WaitingCard';
import { targetLabeler } from '../results/targetLabeler';
import { BallotClosed } from './BallotClosed';
import { BallotForm } from './BallotForm';
import type { Ballots } from './useBallots';
// The vote's own sheets travel with it, loaded only on a phone that reaches a vote.
import '../../styles/phone-vote.css';
import '../../styles/phone-vote-controls.css';
import '../../styles/phone-vote-results.css';

interface Props {
  readonly workshopId: string;
  readonly stage: StageView;
  readonly items: readonly ItemView[];
  /** The participant's stakeholder group, when the session is known. */
  readonly group: StakeholderGroup | undefined;
  readonly ballots: Ballots;
  readonly canSend: boolean;
}

/** The vote stage the room is on, as this phone takes part in it: waiting, voting, or looking at
 * what was counted. */
export function VoteStage({ workshopId, stage, items, group, ballots, canSend }: Props) {
  const { t, lang } = useI18n();
  const { refresh } = ballots;
  // After a reload or a reconnect, the server's word on my ballot; the device's copy shows meanwhile.
  useEffect(() => {
    if (canSend && stage.state !== 'draft') void refresh(stage.id);
  }, [canSend, stage.id, stage.state, refresh]);

  const vote = stage.vote;
  const settings = vote?.settings;
  if (!vote || !settings || stage.state === 'draft' || vote.targets.length === 0) {
    return <WaitingCard icon="clock" title={t('me.wait.title')} text={t('ballot.notOpen')} />;
  }
  const labelOf = targetLabeler(settings, items, {
    untitled: t('ballot.missing'),
    gone: t('ballot.missing'),
  });
  const stored = ballots.book.stored[stage.id];
  const refused = ballots.book.refused[stage.id];
  const dismiss = () => ballots.dismiss(stage.id);

  if (stage.state === 'open') {
    if (settings.groups && group && !settings.groups.includes(group)) {
      const invited = settings.groups.map((g) => GROUP_LABELS[g][lang]).join(t('ballot.listSeparator'));
      return (
        <WaitingCard
          icon="users"
          title={t('ballot.notEligibleTitle')}
          text={t('ballot.notEligible', { groups: invited })}
        />
      );
    }
    return (
      <BallotForm
        key={stage.id}
        workshopId={workshopId}
        stageId={stage.id}
        question={stageTitle(stage, lang)}
        settings={settings}
        targets={vote.targets}
        labelOf={labelOf}
        stored={stored}
        pending={ballots.book.pending[stage.id]}
        refused={refused}
        sending={ballots.sending.has(stage.id)}
        onSubmit={(ballot) => ballots.submit(stage.id, ballot)}
        onDismiss={dismiss}
      />
    );
  }
  return (
    <BallotClosed
      state={stage.state}
      settings={settings}
      targets={vote.targets}
      labelOf={labelOf}
      stored={stored}
      refused={refused}
      results={vote.results}
      onDismiss={dismiss}
    />
  );
}
