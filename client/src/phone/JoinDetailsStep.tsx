import { type JoinPreview, LIMITS, LOCALES, type Locale } from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { FieldError } from '../components/FieldError';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { GroupPicker } from './GroupPicker';
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
  const { t, lang, choose } = useI18n();
  const ids = { name: useId(), org: useId(), groupError: useId(), consent: useId(), consentHint: useId() };
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

      <label className="choice choice--consent">
        <input
          type="checkbox"
          name="nameInMinutes"
          checked={draft.nameInMinutes}
          onChange={(event) => onDraft({ nameInMinutes: event.target.checked })}
          aria-labelledby={ids.consent}
          aria-describedby={ids.consentHint}
        />
        <span className="choice__text">
          <span id={ids.consent} className="choice__title">
            {t('join.nameInMinutes')}
          </span>
          <span id={ids.consentHint} className="choice__hint">
            {t('join.nameInMinutesHint')}
          </span>
        </span>
      </label>

      <fieldset className="choice-group">
        <legend>{t('join.locale')}</legend>
        <div className="segmented">
          {LOCALES.map((l) => (
            <label key={l} className="choice choice--center">
              <input type="radio" name="locale" value={l} checked={lang === l} onChange={() => choose(l)} />
              <span className="choice__title" lang={l}>
                {l === 'ar' ? 'العربية' : 'English'}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

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
