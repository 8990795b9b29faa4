import {
  formatInviteCode,
  GROUP_LABELS,
  type InvitePreview,
  isolateText,
  type JoinResponse,
  type Locale,
  normalizeInviteCode,
} from '@majlis/shared';
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { apiFetch, type FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Icon } from '../components/Icon';
import { TextField } from '../components/TextField';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { NameInMinutesChoice, PhoneLanguageChoice } from '../join/JoinChoices';
import { credentials } from '../lib/credentials';
import { rememberWorkshop } from '../lib/recent';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';

/**
 * `/i` and `/i/:code`: joining with the personal code from a badge (its QR code opens this page
 * with the code). The person checks it is them, and joins as the invited participant: name and
 * group come from the invitation, so a badge cannot vote for another group.
 */
export function InvitePage({ code }: { readonly code: string | null }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);
  const normalized = code ? normalizeInviteCode(code) : undefined;
  useDocumentTitle(preview?.title ?? t('invite.heading'));

  const check = useCallback(async (inviteCode: string) => {
    setBusy(true);
    setError(null);
    const result = await apiFetch<InvitePreview>(`/api/invites/${encodeURIComponent(inviteCode)}`);
    setBusy(false);
    if (result.ok) setPreview(result.data);
    else setError(result.error);
  }, []);

  useEffect(() => {
    setPreview(null);
    if (normalized) void check(normalized);
  }, [normalized, check]);

  const join = async (nameInMinutes: boolean, locale: Locale) => {
    if (!normalized || !preview) return;
    setBusy(true);
    setError(null);
    const result = await apiFetch<JoinResponse>('/api/invites/claim', {
      method: 'POST',
      body: { code: normalized, locale, nameInMinutes },
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    credentials.participant.set(result.data.workshopId, result.data.token, result.data.participantId);
    rememberWorkshop({ id: result.data.workshopId, title: preview.title, role: 'participant' });
    navigate(paths.me(result.data.workshopId));
  };

  return (
    <div className="shell phone-shell">
      <TopBar />
      <main className="phone">
        <h1 className="phone__heading">{t('invite.heading')}</h1>
        {preview && normalized ? (
          <InviteConfirm
            preview={preview}
            code={normalized}
            busy={busy}
            error={error}
            onOtherCode={() => navigate(paths.invite(), { replace: true })}
            onJoin={join}
          />
        ) : (
          <InviteCodeForm
            key={code ?? ''}
            initial={code ?? ''}
            busy={busy}
            error={error}
            onSubmit={(c) => {
              if (c === normalized) void check(c);
              else navigate(paths.invite(formatInviteCode(c)), { replace: true });
            }}
          />
        )}
      </main>
    </div>
  );
}

function InviteCodeForm({
  initial,
  busy,
  error,
  onSubmit,
}: {
  readonly initial: string;
  readonly busy: boolean;
  readonly error: FetchError | null;
  readonly onSubmit: (code: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(initial);
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeInviteCode(value);
    if (!normalized) return setInvalid(true);
    onSubmit(normalized);
  };
  return (
    <form className="phone-form" onSubmit={submit} noValidate>
      <TextField
        id={id}
        label={t('invite.code')}
        className="input input--code mono"
        value={value}
        onValue={(next) => {
          setValue(next);
          setInvalid(false);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        enterKeyHint="go"
        dir="ltr"
        maxLength={20}
        hint={t('invite.codeHint')}
        error={invalid ? t('invite.codeInvalid') : null}
      />
      {error && <ApiErrorAlert error={error} />}
      <div className="phone-form__actions">
        <button type="submit" className="button button--large button--block" disabled={busy}>
          {busy ? t('invite.checking') : t('invite.continue')}
          {!busy && <Icon name="arrow" />}
        </button>
      </div>
    </form>
  );
}

function InviteConfirm({
  preview,
  code,
  busy,
  error,
  onOtherCode,
  onJoin,
}: {
  readonly preview: InvitePreview;
  readonly code: string;
  readonly busy: boolean;
  readonly error: FetchError | null;
  readonly onOtherCode: () => void;
  readonly onJoin: (nameInMinutes: boolean, locale: Locale) => void;
}) {
  const { t, lang } = useI18n();
  const [nameInMinutes, setNameInMinutes] = useState(false);
  return (
    <form
      className="phone-form"
      onSubmit={(e) => {
        e.preventDefault();
        onJoin(nameInMinutes, lang);
      }}
    >
      <div className="join-workshop">
        <p className="join-workshop__label">{t('join.joining')}</p>
        <p className="join-workshop__title" dir="auto">
          {preview.title}
        </p>
        <button type="button" className="button button--ghost button--small" onClick={onOtherCode}>
          {t('invite.otherCode')}
        </button>
      </div>
      <div className="invite-card">
        <p className="invite-card__welcome">{t('invite.welcome', { name: isolateText(preview.name) })}</p>
        <p className="invite-card__label">{t('invite.as')}</p>
        <p className="invite-card__name" dir="auto">
          {preview.name}
        </p>
        {preview.organization && (
          <p className="invite-card__org" dir="auto">
            {preview.organization}
          </p>
        )}
        <p className="invite-card__group">{GROUP_LABELS[preview.group][lang]}</p>
        <p className="invite-card__code mono" dir="ltr" translate="no">
          {formatInviteCode(code)}
        </p>
        <p className="phone-note">{t('invite.notYou')}</p>
      </div>
      <NameInMinutesChoice checked={nameInMinutes} onChange={setNameInMinutes} />
      <PhoneLanguageChoice />
      {error && <ApiErrorAlert error={error} />}
      <div className="phone-form__actions phone-form__actions--sticky">
        <button type="submit" className="button button--large button--block" disabled={busy}>
          {busy ? t('invite.joining') : t('invite.join')}
        </button>
      </div>
    </form>
  );
}
