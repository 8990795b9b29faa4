import type { ItemView, StageView } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import type { OutgoingIdea } from '../outbox/useOutbox';
import type { ToastMessage } from '../phoneKit/Toast';
import type { CommandSocket } from '../sync/useCommandSocket';
import { ListStatusNote, listIsOpen } from './ListStatusNote';
import { MyIdeas } from './MyIdeas';
import { ParticipantIdeas } from './ParticipantIdeas';

interface Props {
  readonly workshopId: string;
  readonly stage: StageView;
  readonly stageItems: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly outgoing: readonly OutgoingIdea[];
  readonly landed: ReadonlyMap<string, ItemView>;
  readonly socket: CommandSocket | null;
  readonly canSend: boolean;
  readonly notify: (toast: ToastMessage) => void;
}

/** The list stage the room is on: whether it takes ideas, my ideas, then everyone else's. */
export function CurrentList(props: Props) {
  const { stage, stageItems, isMine } = props;
  const { t } = useI18n();
  const others = stageItems.filter((item) => item.status === 'active' && !isMine(item));
  const hasMine = props.outgoing.length > 0 || stageItems.some(isMine);
  return (
    <>
      <ListStatusNote stage={stage} />
      <MyIdeas
        workshopId={props.workshopId}
        stageId={stage.id}
        stageItems={stageItems}
        isMine={isMine}
        outgoing={props.outgoing}
        landed={props.landed}
        editable={listIsOpen(stage)}
        socket={props.socket}
        canSend={props.canSend}
        notify={props.notify}
      />
      <ParticipantIdeas
        items={others}
        isMine={isMine}
        heading={hasMine ? t('me.others') : t('me.ideas')}
        emptyText={hasMine ? t('me.othersEmpty') : t('me.empty')}
      />
    </>
  );
}
