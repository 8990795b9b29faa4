import { normalizeJoinCode } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { FieldError } from '../components/FieldError';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly initial: string;
  readonly busy: boolean;
  readonly error: FetchError | null;
  readonly onSubmit: (code: string) => void;
}

/** Step one: the six digits from the screen. Arabic-Indic digits and spaces are accepted as typed. */
export function JoinCodeStep({ initial, busy, error, onSubmit }: Props) {
  const { t } = useI18n();
  const ids = { input: useId(), hint: useId(), error: useId() };
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeJoinCode(value.trim());
    if (!code) {
      setInvalid(true);
      return;
    }
    onSubmit(code);
  };

  return (
    <form className="phone-form" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={ids.input}>
          {t('join.code')}
        </label>
        <input
          id={ids.input}
          className="input input--code mono"
          value={value}
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="go"
          dir="ltr"
          maxLength={16}
          placeholder="000 000"
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${ids.error} ${ids.hint}` : ids.hint}
          onChange={(e) => {
            setValue(e.target.value);
            setInvalid(false);
          }}
        />
        <p id={ids.hint} className="field__hint">
          {t('join.codeHint')}
        </p>
        <FieldError id={ids.error} message={invalid ? t('join.codeInvalid') : null} />
      </div>
      {error && <ApiErrorAlert error={error} />}
      <div className="phone-form__actions">
        <button type="submit" className="button button--large button--block" disabled={busy}>
          {busy ? t('join.checking') : t('join.continue')}
          {!busy && <Icon name="arrow" />}
        </button>
      </div>
    </form>
  );
}
