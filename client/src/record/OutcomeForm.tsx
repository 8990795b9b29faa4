import { ACTION_STATUSES, type ActionStatus, type ItemView, LIMITS } from '@majlis/shared';
import { useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { FieldError } from '../components/FieldError';
import { SdgPicker } from '../components/SdgPicker';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { LinkedItemsPicker } from './LinkedItemsPicker';
import { draftProblem, type OutcomeDraft } from './outcomeDraft';

interface Props {
  readonly initial: OutcomeDraft;
  readonly items: readonly ItemView[];
  /** Resolves to null when the server accepted it (the form then closes), or to the reason it did not. */
  readonly onSubmit: (draft: OutcomeDraft) => Promise<FetchError | null>;
  readonly onCancel: () => void;
  readonly submitLabel: string;
}

/**
 * Adding or correcting a decision or an action item, by keyboard from top to bottom: the text
 * (Ctrl+Enter saves from there), then for actions who, for which organization, by when and how far
 * along, then the priorities and goals it concerns.
 */
export function OutcomeForm({ initial, items, onSubmit, onCancel, submitLabel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<FetchError | null>(null);
  const [sending, setSending] = useState(false);
  const set = (change: Partial<OutcomeDraft>) => {
    setDraft((d) => ({ ...d, ...change }));
    setProblem(null);
  };
  const action = draft.kind === 'action';

  const submit = async () => {
    if (sending) return;
    const why = draftProblem(draft);
    if (why) {
      setProblem(why);
      document.getElementById(why === 'textRequired' ? `${id}-text` : `${id}-due`)?.focus();
      return;
    }
    setSending(true);
    setError(null);
    const failed = await onSubmit(draft);
    setSending(false);
    if (failed) setError(failed);
  };

  return (
    <form
      className="outcome-form"
      aria-label={t(action ? 'record.outcome.actionForm' : 'record.outcome.decisionForm')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-text`}>
          {t(action ? 'record.outcome.actionText' : 'record.outcome.decisionText')}
        </label>
        <textarea
          id={`${id}-text`}
          className="input"
          rows={3}
          dir="auto"
          maxLength={LIMITS.outcomeText}
          value={draft.text}
          aria-invalid={problem === 'textRequired' || undefined}
          aria-describedby={problem === 'textRequired' ? `${id}-text-error` : undefined}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
        <FieldError
          id={`${id}-text-error`}
          message={problem === 'textRequired' ? t('record.outcome.textRequired') : null}
        />
      </div>
      {action && (
        <div className="outcome-form__grid">
          <TextField
            id={`${id}-owner`}
            label={t('record.outcome.owner')}
            optional
            value={draft.owner}
            onValue={(owner) => set({ owner })}
            maxLength={LIMITS.outcomeOwner}
            autoComplete="off"
          />
          <TextField
            id={`${id}-org`}
            label={t('record.outcome.organization')}
            optional
            value={draft.organization}
            onValue={(organization) => set({ organization })}
            maxLength={LIMITS.outcomeOwner}
            autoComplete="off"
          />
          <TextField
            id={`${id}-due`}
            label={t('record.outcome.due')}
            optional
            type="date"
            dir="ltr"
            value={draft.due}
            onValue={(due) => set({ due })}
            error={problem === 'dueInvalid' ? t('record.outcome.dueInvalid') : null}
          />
          <div className="field">
            <label className="field__label" htmlFor={`${id}-status`}>
              {t('record.outcome.status')}
            </label>
            <select
              id={`${id}-status`}
              className="input"
              value={draft.status}
              onChange={(e) => set({ status: e.target.value as ActionStatus })}
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`record.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <LinkedItemsPicker items={items} value={draft.itemIds} onChange={(itemIds) => set({ itemIds })} />
      <details className="outcome-form__sdgs" open={initial.sdgs.length > 0 || undefined}>
        <summary>
          {t('record.outcome.sdgs')}
          {draft.sdgs.length > 0 && ` (${draft.sdgs.length})`}
        </summary>
        <SdgPicker value={draft.sdgs} onChange={(sdgs) => set({ sdgs })} columns={3} />
      </details>
      {error && <ApiErrorAlert error={error} />}
      <div className="outcome-form__actions">
        <button
          type="submit"
          className="button button--small"
          disabled={sending}
          aria-keyshortcuts="Control+Enter"
        >
          {sending ? t('form.sending') : submitLabel}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </div>
    </form>
  );
}
