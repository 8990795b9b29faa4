import type { ItemView } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { refusalText } from '../phoneKit/refusalText';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
import { IdeaSheet, type SendOutcome } from './IdeaSheet';
import { ideaChange } from './ideaChange';
import { useEditDraft } from './useEditDraft';

interface Props {
  readonly workshopId: string;
  readonly item: ItemView;
  readonly socket: CommandSocket | null;
  readonly canSend: boolean;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

/** The add sheet in edit mode: one's own idea, prefilled, saved through `item:update`. Mounted only
 * while editing (the parent keys it by item), so it always opens on the idea as it is now. */
export function EditIdea({ workshopId, item, socket, canSend, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { values, update, discard, forget, restored } = useEditDraft(workshopId, item);

  const save = async (): Promise<SendOutcome> => {
    const change = ideaChange(item, values);
    if (!change) {
      forget();
      return { ok: true };
    }
    const result = await sendCommand(socket, 'item:update', change);
    if (!result.ok) return result;
    forget();
    onSaved();
    return { ok: true };
  };

  return (
    <IdeaSheet
      open
      onClose={onClose}
      heading={t('form.editHeading')}
      submitLabel={t('form.save')}
      values={values}
      onChange={update}
      onSubmit={save}
      submitDisabled={!canSend}
      describeError={(error) => refusalText(t, error, 'edit')}
      notice={
        canSend ? undefined : (
          <p className="sheet__notice" role="status">
            {t('form.offlineEdit')}
          </p>
        )
      }
      footnote={
        restored ? (
          <p className="sheet__draft sheet__draft--row">
            <span>{t('form.restored')}</span>
            <button type="button" className="button button--ghost button--small" onClick={discard}>
              {t('form.discard')}
            </button>
          </p>
        ) : undefined
      }
    />
  );
}
