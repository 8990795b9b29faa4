import { VoteFlowControls } from '../../vote/console/VoteFlowControls';
import { VotePanel } from '../../vote/console/VotePanel';
import type { ConsoleStageProps } from '../stageParts';

/** The deck's vote flow: open, close, reveal (R asks to reveal). */
export function VoteConsoleControls({ stage, presence, votes, revealAsk }: ConsoleStageProps) {
  return (
    <VoteFlowControls
      key={stage.id}
      stage={stage}
      presence={presence}
      commands={votes}
      revealAsk={revealAsk}
    />
  );
}

/** The vote's settings, live tallies, results, ballots and audit. */
export function VoteConsole({ view, stage, workshopId, facilitatorKey, socket, votes }: ConsoleStageProps) {
  return (
    <VotePanel
      key={stage.id}
      view={view}
      stage={stage}
      workshopId={workshopId}
      facilitatorKey={facilitatorKey}
      socket={socket}
      commands={votes}
    />
  );
}
