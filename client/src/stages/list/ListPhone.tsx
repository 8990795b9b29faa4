import { CurrentList } from '../../ideas/CurrentList';
import type { PhoneStageProps } from '../stageParts';

/** The list the room is on: whether it takes ideas, my ideas, then everyone else's. */
export function ListPhone(props: PhoneStageProps) {
  return (
    <CurrentList
      workshopId={props.workshopId}
      stage={props.stage}
      stageItems={props.stageItems}
      isMine={props.isMine}
      outgoing={props.outgoing.filter((e) => e.payload.stageId === props.stage.id)}
      landed={props.landed}
      socket={props.socket}
      canSend={props.canSend}
      notify={props.notify}
    />
  );
}
