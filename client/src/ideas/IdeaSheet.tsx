import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { IdeaFields, type IdeaValues } from '../components/IdeaFields';
import { useI18n } from '../i18n/useI18n';

export type SendOutcome = { readonly ok: true } | { readonly ok: false; readonly error: FetchError };

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly heading: string;
  readonly submitLabel: string;
  readonly values: IdeaValues;
  readonly onChange: (patch: Partial<IdeaValues>) => void;
  /** Resolves once the server (or the outbox) has the idea; the sheet closes on success. */
  readonly onSubmit: () => Promise<SendOutcome>;
  /** Shown under the submit button: the draft note, a discard button. */
  readonly footnote?: ReactNode;
  /** Shown above the submit button, e.g. why saving is not possible right now. */
  readonly notice?: ReactNode;
  readonly submitDisabled?: boolean;
  /** Says why the server refused, in words for this sheet (adding and editing differ). */
  readonly describeError: (error: FetchError) => string;
}

/** The bottom sheet with the fields of an idea, for adding one and for editing one's own. */
export function IdeaSheet(props: Props) {
  const { open, onClose, heading, submitLabel, values, onChange, onSubmit, footnote, notice } = props;
  const { t } = useI18n();
  const headingId = useId();
  const fieldsId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [titleError, setTitleError] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || props.submitDisabled) return;
    if (values.title.trim() === '') {
      setTitleError(true);
      document.getElementById(`${fieldsId}-title`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await onSubmit();
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
    else onClose();
  };

  return (
    <dialog ref={dialogRef} className="sheet" aria-labelledby={headingId} onClose={onClose}>
      <form className="sheet__form" onSubmit={submit} noValidate>
        <header className="sheet__header">
          <h2 id={headingId} className="sheet__title">
            {heading}
          </h2>
          <button type="button" className="icon-button" onClick={onClose} aria-label={t('common.close')}>
            <Icon name="close" />
          </button>
        </header>
        <div className="sheet__body">
          <IdeaFields
            idPrefix={fieldsId}
            values={values}
            titleError={titleError}
            onChange={(patch) => {
              onChange(patch);
              if (patch.title !== undefined) setTitleError(false);
            }}
          />
        </div>
        <footer className="sheet__footer">
          {error && (
            <ErrorAlert>
              <p>{props.describeError(error)}</p>
              {error.code === 'bad_request' && error.message && (
                <p className="alert__detail" dir="auto">
                  {error.message}
                </p>
              )}
            </ErrorAlert>
          )}
          {notice}
          <button
            type="submit"
            className="button button--large button--block"
            disabled={busy || props.submitDisabled}
          >
            {busy ? t('form.sending') : submitLabel}
          </button>
          {footnote}
        </footer>
      </form>
    </dialog>
  );
}
