import {
  type CreateWorkshopResponse,
  LIMITS,
  LOCALES,
  type Locale,
  TEMPLATES,
  type TemplateId,
} from '@majlis/shared';
import { type FormEvent, useId, useState } from 'react';
import { apiFetch, type FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { TextField } from '../components/TextField';
import { useI18n } from '../i18n/useI18n';
import { credentials, justCreatedFlag } from '../lib/credentials';
import { rememberWorkshop } from '../lib/recent';
import { setSessionFlag } from '../lib/storage';
import { navigate } from '../router/navigation';

/** Title, language, template: the three decisions a facilitator makes before the room arrives. */
export function CreateWorkshopForm() {
  const { t, lang } = useI18n();
  const ids = { title: useId(), localeHint: useId() };
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState<Locale>(lang);
  const [template, setTemplate] = useState<TemplateId>('vlr');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [error, setError] = useState<FetchError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = title.trim();
    if (!trimmed) {
      setTitleError(t('home.titleRequired'));
      document.getElementById(ids.title)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await apiFetch<CreateWorkshopResponse>('/api/workshops', {
      method: 'POST',
      body: { title: trimmed, locale, template },
    });
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    const created = result.data;
    credentials.facilitator.set(created.id, created.facilitatorKey);
    credentials.board.set(created.id, created.boardToken);
    setSessionFlag(justCreatedFlag(created.id));
    rememberWorkshop({ id: created.id, title: trimmed, role: 'facilitator' });
    // The server builds the link (it may know a public address); stay inside the app to follow it.
    const link = new URL(created.links.facilitate, window.location.origin);
    navigate(link.pathname + link.search + link.hash);
  };

  return (
    <form className="create-form" onSubmit={submit} noValidate>
      <TextField
        id={ids.title}
        label={t('home.field.title')}
        className="input input--large"
        value={title}
        onValue={(next) => {
          setTitle(next);
          if (titleError) setTitleError(null);
        }}
        maxLength={LIMITS.workshopTitle}
        placeholder={t('home.field.titlePlaceholder')}
        autoComplete="off"
        error={titleError}
      />

      <fieldset className="choice-group" aria-describedby={ids.localeHint}>
        <legend>{t('home.field.locale')}</legend>
        <div className="segmented">
          {LOCALES.map((l) => (
            <label key={l} className="choice choice--center">
              <input
                type="radio"
                name="locale"
                value={l}
                checked={locale === l}
                onChange={() => setLocale(l)}
              />
              <span className="choice__title" lang={l}>
                {t(`lang.${l}`)}
              </span>
            </label>
          ))}
        </div>
        <p id={ids.localeHint} className="field__hint">
          {t('home.field.localeHint')}
        </p>
      </fieldset>

      <fieldset className="choice-group">
        <legend>{t('home.field.template')}</legend>
        {TEMPLATES.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="template"
              value={id}
              checked={template === id}
              onChange={() => setTemplate(id)}
            />
            <span className="choice__text">
              <span className="choice__title">{t(`home.template.${id}`)}</span>
              <span className="choice__hint">{t(`home.template.${id}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {error && <ApiErrorAlert error={error} />}

      <button type="submit" className="button button--large button--block" disabled={busy}>
        {busy ? t('home.submitting') : t('home.submit')}
      </button>
    </form>
  );
}
