import { useEffect, useId, useRef, useState } from 'react';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { linkHref } from './linkHref';

interface Props {
  /** The link under the caret, if there is one. */
  readonly current: string;
  readonly onApply: (href: string) => void;
  readonly onRemove: () => void;
  readonly onCancel: () => void;
}

/** The address of a link in the notes: web addresses and e-mail only; Escape goes back to the text. */
export function NotesLinkForm({ current, onApply, onRemove, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);
  // Focused here rather than with `autoFocus`: Preact, the app's runtime, leaves that attribute to
  // the browser, which autofocuses once per page at most and never away from the pressed button.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  return (
    <form
      ref={form}
      className="notes-link"
      onSubmit={(e) => {
        e.preventDefault();
        const href = linkHref(value);
        if (href) onApply(href);
        else setError(t('record.notes.linkInvalid'));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <TextField
        id={`${id}-href`}
        label={t('record.notes.linkAddress')}
        value={value}
        onValue={(v) => {
          setValue(v);
          setError(null);
        }}
        dir="ltr"
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://"
        error={error}
      />
      <div className="notes-link__actions">
        <button type="submit" className="button button--small">
          {t('record.notes.linkApply')}
        </button>
        {current && (
          <button type="button" className="button button--small button--quiet" onClick={onRemove}>
            {t('record.notes.linkRemove')}
          </button>
        )}
        <button type="button" className="button button--small button--ghost" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </div>
    </form>
  );
}
