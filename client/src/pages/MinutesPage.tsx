import type { Locale } from '@majlis/shared';
import { useEffect } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { Brand } from '../components/Brand';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { StatusScreen } from '../components/StatusScreen';
import { isLocale } from '../i18n/deviceLanguage';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useFacilitatorKey } from '../lib/useFacilitatorKey';
import { MinutesDocument } from '../minutes/MinutesDocument';
import { useMinutes } from '../minutes/useMinutes';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import '../styles/print-toolbar.css';
import '../styles/minutes.css';

/**
 * `/w/:id/minutes?locale=ar|en#key=…`: the minutes as a printable document, A4 with page numbers,
 * in the language asked for (the page takes it, so a PDF of the Arabic minutes is right-to-left
 * throughout). "Print / Save as PDF" is the browser's own print, which saves a PDF.
 */
export function MinutesPage({ workshopId }: { readonly workshopId: string }) {
  const { t, lang, impose } = useI18n();
  const location = useLocation();
  const key = useFacilitatorKey(workshopId, location.hash);
  const asked = location.search.get('locale');
  const locale: Locale = isLocale(asked) ? asked : lang;
  const state = useMinutes(workshopId, key, locale);

  useEffect(() => {
    impose(locale);
    return () => impose(null);
  }, [impose, locale]);
  useDocumentTitle(state.kind === 'ready' ? state.minutes.title : undefined);

  if (!key) return <ProblemScreen problem="missingKey" />;
  if (state.kind === 'loading') return <LoadingScreen title={t('minutesPage.loading')} />;
  if (state.kind === 'failed') {
    if (state.status === 401 || state.status === 403) return <ProblemScreen problem="invalid" />;
    if (state.status === 404) return <ProblemScreen problem="notFound" />;
    return (
      <StatusScreen
        icon="alert"
        tone="problem"
        title={t('minutesPage.errorTitle')}
        actions={
          <ApiErrorAlert
            error={state.error}
            action={
              <button type="button" className="button" onClick={state.retry}>
                {t('minutesPage.retry')}
              </button>
            }
          />
        }
      />
    );
  }

  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <div className="minutes-page">
      <header className="print-toolbar">
        <Brand />
        <div className="print-toolbar__end">
          <Link href={paths.minutes(workshopId, key, other)} className="button button--quiet" lang={other}>
            {t('minutesPage.otherLanguage')}
          </Link>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('minutesPage.print')}
          </button>
        </div>
        <p className="print-toolbar__hint">{t('minutesPage.printHint')}</p>
      </header>
      <main className="minutes-sheet">
        <MinutesDocument minutes={state.minutes} none={t('minutesPage.none')} />
      </main>
    </div>
  );
}
