import { VoteStage } from '../../vote/phone/VoteStage';
import type { PhoneStageProps } from '../stageParts';

/** The vote the room is on, as this phone takes part in it. Once the workshop has ended, a vote
 * left open shows nothing: no ballot can be cast any more, and nothing was counted yet. */
export function VotePhone({ workshopId, view, stage, group, ballots, canSend, ended }: PhoneStageProps) {
  if (ended && stage.state === 'open') return null;
  return (
    <VoteStage
      workshopId={workshopId}
      stage={stage}
      items={view.items}
      group={group}
      ballots={ballots}
      canSend={canSend}
    />
  );
}
