import { type JoinPreview, LIMITS, type Locale } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { FieldError } from '../components/FieldError';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { GroupPicker } from './GroupPicker';
import { NameInMinutesChoice, PhoneLanguageChoice } from './JoinChoices';
import type { JoinDraft } from './useJoinDraft';

interface Props {
  readonly preview: JoinPreview;
  readonly draft: JoinDraft;
  readonly onDraft: (patch: Partial<JoinDraft>) => void;
  readonly busy: boolean;
  readonly error: FetchError | null;
  readonly onChangeCode: () => void;
  readonly onSubmit: (locale: Locale) => void;
}

/** Step two: who you are. Name, organization (optional), group, whether the minutes may name you
 * (off unless ticked), and this phone's language. */
export function JoinDetailsStep({ preview, draft, onDraft, busy, error, onChangeCode, onSubmit }: Props) {
  const { t, lang } = useI18n();
  const ids = { name: useId(), org: useId(), groupError: useId() };
  const [nameError, setNameError] = useState(false);
  const [groupError, setGroupError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missingName = draft.name.trim() === '';
    setNameError(missingName);
    setGroupError(draft.group === null);
    if (missingName) document.getElementById(ids.name)?.focus();
    if (missingName || draft.group === null) return;
    onSubmit(lang);
  };

  return (
    <form className="phone-form" onSubmit={submit} noValidate>
      <div className="join-workshop">
        <p className="join-workshop__label">{t('join.joining')}</p>
        <p className="join-workshop__title" dir="auto">
          {preview.title}
        </p>
        <button type="button" className="button button--ghost button--small" onClick={onChangeCode}>
          {t('join.changeCode')}
        </button>
      </div>

      <TextField
        id={ids.name}
        label={t('join.name')}
        value={draft.name}
        onValue={(name) => {
          onDraft({ name });
          setNameError(false);
        }}
        maxLength={LIMITS.participantName}
        autoComplete="name"
        enterKeyHint="next"
        error={nameError ? t('join.nameRequired') : null}
      />

      <TextField
        id={ids.org}
        label={t('join.organization')}
        optional
        value={draft.organization}
        onValue={(organization) => onDraft({ organization })}
        maxLength={LIMITS.organization}
        autoComplete="organization"
        enterKeyHint="next"
      />

      <div className="field">
        <GroupPicker
          value={draft.group}
          describedBy={groupError ? ids.groupError : undefined}
          onChange={(group) => {
            onDraft({ group });
            setGroupError(false);
          }}
        />
        <FieldError id={ids.groupError} message={groupError ? t('join.groupRequired') : null} />
      </div>

      <NameInMinutesChoice
        checked={draft.nameInMinutes}
        onChange={(nameInMinutes) => onDraft({ nameInMinutes })}
      />
      <PhoneLanguageChoice />

      <p className="phone-note">{t('join.privacy')}</p>
      {error && <ApiErrorAlert error={error} />}
      <div className="phone-form__actions phone-form__actions--sticky">
        <button type="submit" className="button button--large button--block" disabled={busy}>
          {busy ? t('join.submitting') : t('join.submit')}
        </button>
      </div>
    </form>
  );
}
