import { type JoinPreview, type JoinResponse, type Locale, normalizeJoinCode } from '@majlis/shared';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, type FetchError } from '../api/apiFetch';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { JoinCodeStep } from '../join/JoinCodeStep';
import { JoinDetailsStep } from '../join/JoinDetailsStep';
import { useJoinDraft } from '../join/useJoinDraft';
import { credentials } from '../lib/credentials';
import { fragmentParam } from '../lib/fragment';
import { joinLookupPath, lookUpJoin } from '../lib/joinLookup';
import { rememberWorkshop } from '../lib/recent';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Link } from '../router/Link';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';

/** `/join` and `/join/:code`: from the code on the screen to the participant view in two short steps. */
export function JoinPage({ code }: { readonly code: string | null }) {
  const { t, suggest } = useI18n();
  const [preview, setPreview] = useState<JoinPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [joining, setJoining] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);
  const [draft, updateDraft] = useJoinDraft();
  const normalized = code ? normalizeJoinCode(code) : undefined;
  // The QR code and the copied link carry a key that spares this join the limits on typed codes.
  const linkKey = fragmentParam(useLocation().hash, 'k');

  useDocumentTitle(preview?.title ?? t('join.heading'));
  const check = useCallback(
    async (joinCode: string) => {
      setChecking(true);
      setError(null);
      // The first look-up of the address's code was started by early.ts, before this page loaded.
      const result = await lookUpJoin(joinLookupPath(joinCode, linkKey));
      setChecking(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      // This device is already in: straight back to the workshop, no second identity.
      if (credentials.participant.get(result.data.workshopId)) {
        navigate(paths.me(result.data.workshopId), { replace: true });
        return;
      }
      setPreview(result.data);
    },
    [linkKey],
  );

  useEffect(() => {
    if (normalized) void check(normalized);
    else {
      setPreview(null);
      setError(null);
    }
  }, [normalized, check]);

  useEffect(() => {
    suggest(preview?.locale ?? null);
    return () => suggest(null);
  }, [preview, suggest]);

  const submitCode = (joinCode: string) => {
    // Put the code in the address so a reload lands back on this step.
    if (joinCode === normalized) void check(joinCode);
    else navigate(paths.join(joinCode), { replace: true });
  };

  const join = async (locale: Locale) => {
    if (!preview || !normalized || !draft.group) return;
    setJoining(true);
    setError(null);
    const organization = draft.organization.trim();
    const result = await apiFetch<JoinResponse>('/api/join', {
      method: 'POST',
      body: {
        code: normalized,
        ...(linkKey ? { key: linkKey } : {}),
        name: draft.name.trim(),
        ...(organization ? { organization } : {}),
        group: draft.group,
        locale,
        nameInMinutes: draft.nameInMinutes,
      },
    });
    setJoining(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    credentials.participant.set(result.data.workshopId, result.data.token, result.data.participantId);
    rememberWorkshop({ id: result.data.workshopId, title: preview.title, role: 'participant' });
    navigate(paths.me(result.data.workshopId));
  };

  return (
    <div className="shell phone-shell">
      <TopBar />
      <main className="phone">
        <h1 className="phone__heading">{t('join.heading')}</h1>
        {preview?.joinMode === 'invited' ? (
          <div className="phone-form">
            <p className="join-workshop__title" dir="auto">
              {preview.title}
            </p>
            <p className="phone-note" role="status">
              {t('join.inviteOnly')}
            </p>
            <Link href={paths.invite()} className="button button--large button--block">
              {t('join.personalCode')}
            </Link>
          </div>
        ) : preview && normalized ? (
          <JoinDetailsStep
            preview={preview}
            draft={draft}
            onDraft={updateDraft}
            busy={joining}
            error={error}
            onChangeCode={() => navigate(paths.join(), { replace: true })}
            onSubmit={join}
          />
        ) : (
          <JoinCodeStep
            key={code ?? ''}
            initial={code ?? ''}
            busy={checking}
            error={error}
            onSubmit={submitCode}
          />
        )}
        {!preview && (
          <p className="phone-note">
            <Link href={paths.invite()}>{t('join.personalCode')}</Link>
          </p>
        )}
      </main>
    </div>
  );
}
