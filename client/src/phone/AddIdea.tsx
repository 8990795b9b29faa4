import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Icon } from '../components/Icon';
import { IdeaFields } from '../components/IdeaFields';
import { useI18n } from '../i18n/useI18n';
import { type ItemAddPayload, ideaPayload } from './ideaPayload';
import { useIdeaDraft } from './useIdeaDraft';

export type SendOutcome = { readonly ok: true } | { readonly ok: false; readonly error: FetchError };

interface Props {
  readonly workshopId: string;
  readonly stageId: string;
  readonly onSend: (payload: ItemAddPayload) => Promise<SendOutcome>;
}

/** The action of the moment on the phone: a big button at the bottom, and the sheet it opens.
 * Mounted per stage (keyed by the parent), so each stage keeps its own draft. */
export function AddIdea({ workshopId, stageId, onSend }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const fieldsId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { draft, update, clear, hasText } = useIdeaDraft(workshopId, stageId);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (draft.title.trim() === '') {
      setTitleError(true);
      document.getElementById(`${fieldsId}-title`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await onSend(ideaPayload(stageId, draft));
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.error);
      return;
    }
    clear();
    setOpen(false);
  };

  return (
    <>
      <div className="action-bar">
        <button type="button" className="button button--large button--block" onClick={() => setOpen(true)}>
          <Icon name="plus" />
          {t('me.add')}
          {hasText && <span className="action-bar__draft">{t('form.draft')}</span>}
        </button>
      </div>
      <dialog ref={dialogRef} className="sheet" aria-labelledby={headingId} onClose={() => setOpen(false)}>
        <form className="sheet__form" onSubmit={submit} noValidate>
          <header className="sheet__header">
            <h2 id={headingId} className="sheet__title">
              {t('form.heading')}
            </h2>
            <button
              type="button"
              className="icon-button"
              onClick={() => setOpen(false)}
              aria-label={t('common.close')}
            >
              <Icon name="close" />
            </button>
          </header>
          <div className="sheet__body">
            <IdeaFields
              idPrefix={fieldsId}
              values={draft}
              titleError={titleError}
              onChange={(patch) => {
                update(patch);
                if (patch.title !== undefined) setTitleError(false);
              }}
            />
          </div>
          <footer className="sheet__footer">
            {error && <ApiErrorAlert error={error} />}
            <button type="submit" className="button button--large button--block" disabled={busy}>
              {busy ? t('form.sending') : t('form.submit')}
            </button>
            {hasText && <p className="sheet__draft">{t('form.draft')}</p>}
          </footer>
        </form>
      </dialog>
    </>
  );
}
