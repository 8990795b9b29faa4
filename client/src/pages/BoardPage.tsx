import type { Locale } from '@majlis/shared';
import { useCallback, useEffect } from 'react';
import { BOARD_FILL, BOARD_HEIGHT, BOARD_WIDTH, Board } from '../board/Board';
import { BoardControls } from '../board/BoardControls';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { ScaledCanvas } from '../components/ScaledCanvas';
import { isLocale } from '../i18n/deviceLanguage';
import { useI18n } from '../i18n/useI18n';
import { credentials } from '../lib/credentials';
import { currentStage } from '../lib/currentStage';
import { fragmentParam } from '../lib/fragment';
import { joinAddress, joinUrl, useJoinBase } from '../lib/joinLink';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useJoinKey } from '../lib/useJoinKey';
import { problemFor } from '../phoneKit/refusal';
import { navigate } from '../router/navigation';
import { useLocation } from '../router/useLocation';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';
import { useOfflineShell } from '../sync/useOfflineShell';
import { visibleResults } from '../vote/board/resultsLayout';
import { useResultsByGroup } from '../vote/board/useResultsByGroup';

/** The board token from the link, remembered so the projector can be reopened from history. */
function useBoardToken(workshopId: string, hash: string): string | null {
  const fromLink = fragmentParam(hash, 'token');
  useEffect(() => {
    if (fromLink) credentials.board.set(workshopId, fromLink);
  }, [workshopId, fromLink]);
  return fromLink ?? credentials.board.get(workshopId);
}

/** `/w/:id/board`: the projector. Read-only, no chrome, never scrolls; language is the room's.
 * `?lang=en|ar` overrides the language, `?bilingual=1` shows stage texts in both, `?groups=1` (key G)
 * shows a vote's results by stakeholder group; they stay in the address so a board reopened from its
 * link looks the same. It keeps a copy of the workshop on the
 * device, so a reload on a flaky venue network still shows the room its stage. */
export function BoardPage({ workshopId }: { readonly workshopId: string }) {
  const joinBase = useJoinBase();
  const location = useLocation();
  const token = useBoardToken(workshopId, location.hash);
  const live = useLiveWorkshop(workshopId, token, { cache: true });
  const joinKey = useJoinKey(workshopId, token);
  useOfflineShell();
  const { impose } = useI18n();
  const override = location.search.get('lang');
  const locale: Locale | undefined = isLocale(override) ? override : live.view?.meta.locale;
  const bilingual = location.search.get('bilingual') === '1';
  const byGroup = location.search.get('groups') === '1';

  useEffect(() => {
    impose(locale ?? null);
    return () => impose(null);
  }, [impose, locale]);

  // The dark ground behind the board (seen only on a projector beyond 4:3 or 21:9) belongs to the
  // board itself, not to the loading or problem screens.
  const showing = Boolean(token && !live.refused && live.view && locale);
  useEffect(() => {
    if (!showing) return;
    document.body.classList.add('is-board');
    return () => document.body.classList.remove('is-board');
  }, [showing]);

  useDocumentTitle(live.view?.meta.title);
  const switchLanguage = useCallback((next: Locale) => setSearchParam('lang', next), []);
  const switchBilingual = useCallback((on: boolean) => setSearchParam('bilingual', on ? '1' : null), []);
  const switchByGroup = useCallback((on: boolean) => setSearchParam('groups', on ? '1' : null), []);
  useResultsByGroup(byGroup, switchByGroup);

  if (!token) return <ProblemScreen problem="missingToken" />;
  if (live.refused) return <ProblemScreen problem={problemFor(live.refused)} />;
  // Synced and still empty: the server has no workshop behind this link.
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view || !locale) return <LoadingScreen />;
  const onStage = currentStage(live.view)?.stage;
  const hasResults = onStage !== undefined && visibleResults(onStage) !== null;

  return (
    <main className="board-page">
      <ScaledCanvas width={BOARD_WIDTH} height={BOARD_HEIGHT} fill={BOARD_FILL} className="board-page__frame">
        <Board
          view={live.view}
          locale={locale}
          joinUrl={joinUrl(live.view.meta.joinCode, joinBase, joinKey)}
          joinAddress={joinAddress(joinBase)}
          presence={live.presence}
          status={<ConnectionIndicator state={live.connection} className="conn--board" />}
          clockOffsetMs={live.clockOffsetMs}
          bilingual={bilingual}
          byGroup={byGroup}
          doc={live.doc}
        />
      </ScaledCanvas>
      <BoardControls
        locale={locale}
        onLanguage={switchLanguage}
        bilingual={bilingual}
        onBilingual={switchBilingual}
        byGroup={hasResults ? { on: byGroup, onChange: switchByGroup } : undefined}
      />
    </main>
  );
}

/** Changes one query parameter of the board's address in place (no history entry per key press). */
function setSearchParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  navigate(url.pathname + url.search + url.hash, { replace: true });
}
