import { type FormEvent, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Icon } from '../components/Icon';
import { IdeaFields } from '../components/IdeaFields';
import { useI18n } from '../i18n/useI18n';
import { type ItemAddPayload, ideaPayload } from './ideaPayload';
import { useIdeaDraft } from './useIdeaDraft';

interface Props {
  readonly workshopId: string;
  readonly stageId: string;
  readonly onSend: (payload: ItemAddPayload) => Promise<{ ok: true } | { ok: false; error: FetchError }>;
}

/** The facilitator adds an idea heard in the room, through the same command as the phones. Mounted
 * per stage, with a draft that survives a reload. */
export function FacilitatorIdeaForm({ workshopId, stageId, onSend }: Props) {
  const { t } = useI18n();
  const fieldsId = useId();
  const { draft, update, clear, hasText } = useIdeaDraft(workshopId, stageId);
  const [busy, setBusy] = useState(false);
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);

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
    const result = await onSend(ideaPayload(stageId, draft));
    setBusy(false);
    if (result.ok) clear();
    else setError(result.error);
  };

  return (
    <details className="panel add-idea" open={hasText || undefined}>
      <summary className="add-idea__summary">
        <Icon name="plus" />
        <span>{t('console.addIdea')}</span>
        <Icon name="chevron" className="secret__chevron" />
      </summary>
      <form className="add-idea__form" onSubmit={submit} noValidate>
        <IdeaFields
          idPrefix={fieldsId}
          values={draft}
          titleError={titleError}
          sdgColumns={3}
          onChange={(patch) => {
            update(patch);
            if (patch.title !== undefined) setTitleError(false);
          }}
        />
        {error && <ApiErrorAlert error={error} />}
        <div className="add-idea__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.sending') : t('form.submit')}
          </button>
          {hasText && <span className="field__hint">{t('form.draft')}</span>}
        </div>
      </form>
    </details>
  );
}
