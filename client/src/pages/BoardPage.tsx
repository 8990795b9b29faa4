import type { Locale } from '@majlis/shared';
import { useCallback, useEffect } from 'react';
import { BOARD_HEIGHT, BOARD_WIDTH, Board } from '../board/Board';
import { BoardControls } from '../board/BoardControls';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { ScaledCanvas } from '../components/ScaledCanvas';
import { isLocale } from '../i18n/deviceLanguage';
import { useI18n } from '../i18n/useI18n';
import { credentials } from '../lib/credentials';
import { fragmentParam } from '../lib/fragment';
import { joinAddress, joinUrl } from '../lib/joinLink';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';

/** The board token from the link, remembered so the projector can be reopened from history. */
function useBoardToken(workshopId: string, hash: string): string | null {
  const fromLink = fragmentParam(hash, 'token');
  useEffect(() => {
    if (fromLink) credentials.board.set(workshopId, fromLink);
  }, [workshopId, fromLink]);
  return fromLink ?? credentials.board.get(workshopId);
}

/** `/w/:id/board`: the projector. Read-only, no chrome, never scrolls; language is the room's. */
export function BoardPage({ workshopId }: { readonly workshopId: string }) {
  const location = useLocation();
  const token = useBoardToken(workshopId, location.hash);
  const live = useLiveWorkshop(workshopId, token);
  const { impose } = useI18n();
  const override = location.search.get('lang');
  const locale: Locale | undefined = isLocale(override) ? override : live.view?.meta.locale;

  useEffect(() => {
    impose(locale ?? null);
    return () => impose(null);
  }, [impose, locale]);

  // The dark letterbox belongs to the board itself, not to the loading or problem screens.
  const showing = Boolean(token && !live.refused && live.view && locale);
  useEffect(() => {
    if (!showing) return;
    document.body.classList.add('is-board');
    return () => document.body.classList.remove('is-board');
  }, [showing]);

  useDocumentTitle(live.view?.meta.title);
  const switchLanguage = useCallback((next: Locale) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    navigate(url.pathname + url.search + url.hash, { replace: true });
  }, []);

  if (!token) return <ProblemScreen problem="missingToken" />;
  if (live.refused)
    return <ProblemScreen problem={live.refused.code === 'protocol_mismatch' ? 'outdated' : 'invalid'} />;
  // Synced and still empty: the server has no workshop behind this link.
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view || !locale) return <LoadingScreen />;

  return (
    <main className="board-page">
      <ScaledCanvas width={BOARD_WIDTH} height={BOARD_HEIGHT} className="board-page__frame">
        <Board
          view={live.view}
          locale={locale}
          joinUrl={joinUrl(live.view.meta.joinCode)}
          joinAddress={joinAddress()}
          presence={live.presence}
          status={<ConnectionIndicator state={live.connection} className="conn--board" />}
        />
      </ScaledCanvas>
      <BoardControls locale={locale} onLanguage={switchLanguage} />
    </main>
  );
}
