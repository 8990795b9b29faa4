import { LOCALES } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Whether the minutes may name this person (off unless ticked): the same box on every join form. */
export function NameInMinutesChoice({
  checked,
  onChange,
}: {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const ids = { consent: useId(), consentHint: useId() };
  return (
    <label className="choice choice--consent">
      <input
        type="checkbox"
        name="nameInMinutes"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
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
  );
}

/** This phone's language, chosen once and kept on the device. */
export function PhoneLanguageChoice() {
  const { t, lang, choose } = useI18n();
  return (
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
  );
}
