import { useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { TopBar } from '../components/TopBar';
import { AgendaNav } from '../console/AgendaNav';
import { BoardPreview } from '../console/BoardPreview';
import { FacilitatorIdeaForm } from '../console/FacilitatorIdeaForm';
import { JoinPanel } from '../console/JoinPanel';
import { PresencePanel } from '../console/PresencePanel';
import { SecretLinkBox } from '../console/SecretLinkBox';
import { StagePanel } from '../console/StagePanel';
import { useBoardLink } from '../console/useBoardLink';
import { useFacilitatorKey } from '../console/useFacilitatorKey';
import { useStageShortcuts } from '../console/useStageShortcuts';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import { justCreatedFlag } from '../lib/credentials';
import { currentStage } from '../lib/currentStage';
import { hasSessionFlag } from '../lib/storage';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import type { ItemAddPayload } from '../phone/ideaPayload';
import { problemFor } from '../phone/refusal';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { sendCommand } from '../sync/sendCommand';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';

/** `/w/:id/facilitate#key=…`: agenda on one side, the stage in the middle, the room on the other. */
export function FacilitatorPage({ workshopId }: { readonly workshopId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const key = useFacilitatorKey(workshopId, location.hash);
  const live = useLiveWorkshop(workshopId, key);
  const boardLink = useBoardLink(workshopId, key);
  const [justCreated] = useState(() => hasSessionFlag(justCreatedFlag(workshopId)));
  const [pendingStage, setPendingStage] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<FetchError | null>(null);

  const goto = async (stageId: string) => {
    if (pendingStage) return;
    setPendingStage(stageId);
    setMoveError(null);
    const result = await sendCommand(live.socket, 'stage:goto', { stageId });
    setPendingStage(null);
    if (!result.ok) setMoveError(result.error);
  };

  const move = (direction: 1 | -1) => {
    if (!live.view) return;
    const index = currentStage(live.view)?.index ?? -1;
    const target = live.view.stages[index + direction];
    if (target) void goto(target.id);
  };

  useDocumentTitle(live.view?.meta.title);
  useStageShortcuts({ next: () => move(1), previous: () => move(-1) });

  const addIdea = async (payload: ItemAddPayload) => {
    const result = await sendCommand(live.socket, 'item:add', payload);
    return result.ok ? ({ ok: true } as const) : ({ ok: false, error: result.error } as const);
  };

  if (!key) return <ProblemScreen problem="missingKey" />;
  if (live.refused) return <ProblemScreen problem={problemFor(live.refused)} />;
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view) return <LoadingScreen />;

  const current = currentStage(live.view);
  const secretUrl = `${window.location.origin}${paths.facilitate(workshopId, key)}`;

  return (
    <div className="shell console-shell">
      <TopBar
        context={<span dir="auto">{live.view.meta.title}</span>}
        status={<ConnectionIndicator state={live.connection} />}
      />
      <div className="console">
        <nav className="console__agenda" aria-label={t('console.agenda')}>
          <h2 className="console__label">{t('console.agenda')}</h2>
          <AgendaNav
            stages={live.view.stages}
            currentId={live.view.meta.currentStageId}
            pendingId={pendingStage}
            onGoto={(id) => void goto(id)}
          />
        </nav>
        <main className="console__main">
          <SecretLinkBox url={secretUrl} prominent={justCreated} />
          {moveError && (
            <ErrorAlert>{t('console.moveFailed', { message: errorMessage(t, moveError) })}</ErrorAlert>
          )}
          <StagePanel
            view={live.view}
            onMove={move}
            moving={pendingStage !== null}
            addIdea={
              current?.stage.kind === 'list' && (
                <FacilitatorIdeaForm
                  key={current.stage.id}
                  workshopId={workshopId}
                  stageId={current.stage.id}
                  onSend={addIdea}
                />
              )
            }
          />
        </main>
        <aside className="console__aside" aria-label={t('console.board')}>
          <BoardPreview view={live.view} presence={live.presence} boardLink={boardLink} />
          <JoinPanel joinCode={live.view.meta.joinCode} />
          <PresencePanel presence={live.presence} />
        </aside>
      </div>
    </div>
  );
}
