import {
  formatInviteCode,
  GROUP_LABELS,
  type InviteInfo,
  type Locale,
  type WorkshopSummary,
} from '@majlis/shared';
import { useEffect, useState } from 'react';
import { apiFetch, type FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Brand } from '../components/Brand';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { QrCode } from '../components/QrCode';
import { StatusScreen } from '../components/StatusScreen';
import { isLocale } from '../i18n/deviceLanguage';
import { translate } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { useJoinBase } from '../lib/joinLink';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useFacilitatorKey } from '../lib/useFacilitatorKey';
import { useLocation } from '../router/useLocation';
import { inviteAddress, inviteUrl } from './inviteLink';
import { peopleApi } from './peopleApi';
import '../styles/print-toolbar.css';
import '../styles/badges.css';

/** An address inside a sentence of either direction: left to right, isolated. */
const ltrIsolate = (text: string) => `\u2066${text}\u2069`;

/** Badges on one A4 sheet: two across, four down. */
const PER_SHEET = 8;

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly status: number; readonly error: FetchError }
  | { readonly kind: 'ready'; readonly title: string; readonly invites: readonly InviteInfo[] };

/**
 * `/w/:id/badges#key=…`: every standing invitation as a badge to print and cut, eight to an A4
 * sheet. Each badge carries the person's name and group in both languages, their QR code (a link
 * that joins as them) and the code to type, so a badge works whatever language the phone speaks.
 */
export function BadgesPage({ workshopId }: { readonly workshopId: string }) {
  const { t, lang, impose } = useI18n();
  const location = useLocation();
  const key = useFacilitatorKey(workshopId, location.hash);
  const asked = location.search.get('locale');
  const locale: Locale = isLocale(asked) ? asked : lang;
  const joinBase = useJoinBase();
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    impose(locale);
    return () => impose(null);
  }, [impose, locale]);
  useEffect(() => {
    if (!key) return;
    void (async () => {
      const [summary, invites] = await Promise.all([
        apiFetch<WorkshopSummary>(`/api/workshops/${encodeURIComponent(workshopId)}`, { token: key }),
        peopleApi.invites(workshopId, key),
      ]);
      if (!summary.ok) return setState({ kind: 'failed', status: summary.status, error: summary.error });
      if (!invites.ok) return setState({ kind: 'failed', status: 500, error: invites.error });
      setState({
        kind: 'ready',
        title: summary.data.title,
        invites: invites.value.filter((i) => i.revokedAt === null),
      });
    })();
  }, [workshopId, key]);
  useDocumentTitle(state.kind === 'ready' ? t('badges.title', { title: state.title }) : undefined);

  if (!key) return <ProblemScreen problem="missingKey" />;
  if (state.kind === 'loading') return <LoadingScreen title={t('badges.loading')} />;
  if (state.kind === 'failed') {
    if (state.status === 401 || state.status === 403) return <ProblemScreen problem="invalid" />;
    return (
      <StatusScreen
        icon="alert"
        tone="problem"
        title={t('badges.loading')}
        actions={<ApiErrorAlert error={state.error} />}
      />
    );
  }

  const sheets: InviteInfo[][] = [];
  for (let i = 0; i < state.invites.length; i += PER_SHEET)
    sheets.push(state.invites.slice(i, i + PER_SHEET));
  const address = inviteAddress(joinBase);
  return (
    <div className="badges-page">
      <header className="print-toolbar">
        <Brand />
        <div className="print-toolbar__end">
          <button
            type="button"
            className="button"
            onClick={() => window.print()}
            disabled={sheets.length === 0}
          >
            {t('badges.print')}
          </button>
        </div>
        <p className="print-toolbar__hint">{sheets.length === 0 ? t('badges.none') : t('badges.hint')}</p>
      </header>
      <main className="badge-sheets">
        <h1 className="visually-hidden">{t('badges.title', { title: state.title })}</h1>
        {sheets.map((sheet) => (
          <div key={sheet[0]?.id} className="badge-sheet">
            {sheet.map((invite) => (
              <Badge
                key={invite.id}
                invite={invite}
                title={state.title}
                url={inviteUrl(invite.code, joinBase)}
                address={address}
              />
            ))}
          </div>
        ))}
      </main>
    </div>
  );
}

function Badge({
  invite,
  title,
  url,
  address,
}: {
  readonly invite: InviteInfo;
  readonly title: string;
  readonly url: string;
  readonly address: string;
}) {
  const code = formatInviteCode(invite.code);
  return (
    <article className="badge">
      <p className="badge__event" dir="auto">
        {title}
      </p>
      <div className="badge__body">
        <div className="badge__who">
          <p className="badge__name" dir="auto">
            {invite.name}
          </p>
          {invite.organization && (
            <p className="badge__org" dir="auto">
              {invite.organization}
            </p>
          )}
          <p className="badge__group">
            <span lang="ar" dir="rtl">
              {GROUP_LABELS[invite.group].ar}
            </span>
            <span lang="en" dir="ltr">
              {GROUP_LABELS[invite.group].en}
            </span>
          </p>
        </div>
        <div className="badge__join">
          <QrCode
            value={url}
            label={`${translate('en', 'badges.scan')}: ${invite.name}`}
            className="badge__qr"
          />
          <p className="badge__code" dir="ltr" translate="no">
            {code}
          </p>
        </div>
      </div>
      <div className="badge__how">
        <p lang="ar" dir="rtl">
          {translate('ar', 'badges.scan')} ·{' '}
          {translate('ar', 'badges.orType', { address: ltrIsolate(address) })}
        </p>
        <p lang="en" dir="ltr">
          {translate('en', 'badges.scan')} ·{' '}
          {translate('en', 'badges.orType', { address: ltrIsolate(address) })}
        </p>
      </div>
    </article>
  );
}
