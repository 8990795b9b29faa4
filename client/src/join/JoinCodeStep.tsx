import { normalizeJoinCode } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Icon } from '../components/Icon';
import { TextField } from '../components/TextField';
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
  const ids = { input: useId() };
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
      <TextField
        id={ids.input}
        label={t('join.code')}
        className="input input--code mono"
        value={value}
        onValue={(next) => {
          setValue(next);
          setInvalid(false);
        }}
        inputMode="numeric"
        autoComplete="off"
        enterKeyHint="go"
        dir="ltr"
        maxLength={16}
        hint={t('join.codeHint')}
        error={invalid ? t('join.codeInvalid') : null}
      />
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
