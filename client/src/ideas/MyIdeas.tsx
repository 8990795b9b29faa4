import type { ItemView } from '@majlis/shared';
import { useId, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { OutgoingIdea } from '../outbox/useOutbox';
import { refusalText } from '../phoneKit/refusalText';
import type { ToastMessage } from '../phoneKit/Toast';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import { EditIdea } from './EditIdea';
import { MyIdeaCard } from './MyIdeaCard';
import { hasEditDraft } from './useEditDraft';

interface Props {
  readonly workshopId: string;
  readonly stageId: string;
  /** Every item of the stage, whatever its status: mine are picked out, merges are resolved. */
  readonly stageItems: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly outgoing: readonly OutgoingIdea[];
  /** Accepted in this visit, by clientId, possibly not yet in the doc. */
  readonly landed: ReadonlyMap<string, ItemView>;
  readonly editable: boolean;
  readonly socket: CommandSocket | null;
  readonly canSend: boolean;
  readonly notify: (toast: ToastMessage) => void;
}

/** "My ideas": what I sent, what is still on this phone, and what I may still change or take back. */
export function MyIdeas(props: Props) {
  const { workshopId, stageId, stageItems, isMine, outgoing, landed, editable, socket, notify } = props;
  const { t } = useI18n();
  const headingId = useId();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const byId = new Map(stageItems.map((item) => [item.id, item]));
  const clientIdOf = new Map([...landed].map(([clientId, item]) => [item.id, clientId]));
  const mine = stageItems.filter(isMine).sort((a, b) => b.createdAt - a.createdAt);
  const arriving = [...landed].filter(([, item]) => item.stageId === stageId && !byId.has(item.id));
  const editing = editingId
    ? mine.find((item) => item.id === editingId && item.status === 'active')
    : undefined;
  const count = outgoing.length + arriving.length + mine.filter((i) => i.status === 'active').length;

  const setWithdrawn = async (item: ItemView, withdrawn: boolean) => {
    setBusyId(item.id);
    const result = await sendCommand(socket, 'item:withdraw', { itemId: item.id, withdrawn });
    setBusyId(null);
    if (!result.ok) notify({ message: refusalText(t, result.error, 'edit'), tone: 'error' });
    else if (withdrawn)
      notify({
        message: t('me.withdrawnToast'),
        action: { label: t('me.undo'), run: () => void setWithdrawn(item, false) },
      });
    else notify({ message: t('me.restoredToast') });
  };

  if (count === 0 && mine.length === 0) return null;
  return (
    <section className="phone-ideas my-ideas" aria-labelledby={headingId}>
      <h2 id={headingId} className="phone-ideas__heading">
        {t('me.myIdeas')}
        <span className="pill pill--accent">{count}</span>
      </h2>
      <ul className="idea-list">
        {outgoing.map(({ payload, sending }) => (
          <MyIdeaCard
            key={payload.clientId ?? payload.title}
            title={payload.title}
            description={payload.description ?? ''}
            sdgs={payload.sdgs ?? []}
            state={sending ? 'sending' : 'queued'}
            editable={false}
          />
        ))}
        {arriving.map(([clientId, item]) => (
          <MyIdeaCard
            key={clientId}
            title={item.title}
            description={item.description}
            sdgs={item.sdgs}
            state="active"
            editable={false}
          />
        ))}
        {mine.map((item) => (
          <MyIdeaCard
            key={clientIdOf.get(item.id) ?? item.id}
            title={item.title}
            description={item.description}
            sdgs={item.sdgs}
            state={item.status}
            mergedInto={item.mergedInto ? byId.get(item.mergedInto)?.title : undefined}
            editable={editable}
            hasDraft={hasEditDraft(workshopId, item.id)}
            busy={busyId === item.id}
            onEdit={() => setEditingId(item.id)}
            onWithdraw={() => void setWithdrawn(item, true)}
            onRestore={() => void setWithdrawn(item, false)}
          />
        ))}
      </ul>
      {editing && editable && (
        <EditIdea
          key={editing.id}
          workshopId={workshopId}
          item={editing}
          socket={socket}
          canSend={props.canSend}
          onClose={() => setEditingId(null)}
          onSaved={() => notify({ message: t('me.savedToast') })}
        />
      )}
    </section>
  );
}
