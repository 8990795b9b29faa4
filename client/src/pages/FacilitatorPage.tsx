import { setJoinLocked } from '@majlis/shared';
import '../styles/console-deck.css';
import '../styles/console-curate.css';
import '../styles/console-groups.css';
import '../styles/console-import.css';
import '../styles/console-vote.css';
import '../styles/console-vote-settings.css';
import '../styles/console-vote-results.css';
import '../styles/console-vote-matrix.css';
import '../styles/console-vote-tables.css';
import '../styles/record.css';
import { useMemo, useState } from 'react';
import { AgendaPanel } from '../agenda/AgendaPanel';
import type { FetchError } from '../api/apiFetch';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { ErrorAlert } from '../components/ErrorAlert';
import { Icon } from '../components/Icon';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { TopBar } from '../components/TopBar';
import { BoardPreview } from '../console/BoardPreview';
import { ConsoleEditorProvider } from '../console/ConsoleEditorProvider';
import { JoinPanel } from '../console/JoinPanel';
import { SecretLinkBox } from '../console/SecretLinkBox';
import { StagePanel } from '../console/StagePanel';
import { UndoButtons } from '../console/UndoButtons';
import { useBoardLink } from '../console/useBoardLink';
import { useStageShortcuts } from '../console/useStageShortcuts';
import { useItemAuthors } from '../curation/useItemAuthors';
import { errorMessage } from '../i18n/translate';
import { useI18n } from '../i18n/useI18n';
import type { ItemAddPayload } from '../ideas/ideaPayload';
import { credentials, justCreatedFlag } from '../lib/credentials';
import { hasSessionFlag } from '../lib/storage';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { useFacilitatorKey } from '../lib/useFacilitatorKey';
import { useJoinKey } from '../lib/useJoinKey';
import { PeoplePanel } from '../people/PeoplePanel';
import { problemFor } from '../phoneKit/refusal';
import { PresencePanel } from '../presence/PresencePanel';
import { editorColor } from '../record/editorColor';
import { MinutesPanel } from '../record/MinutesPanel';
import { StageNotes } from '../record/StageNotes';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { CONSOLE_STAGES } from '../stages/consoleStages';
import type { ConsoleStageProps } from '../stages/stageParts';
import { sendCommand } from '../sync/sendCommand';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';
import { useTimerCommands } from '../timer/useTimerCommands';
import { useVoteCommands } from '../vote/console/useVoteCommands';

/**
 * `/w/:id/facilitate#key=…`: the agenda on one side, the stage being looked at in the middle with
 * all its controls, the room (board miniature, join, presence) on the other.
 */
export function FacilitatorPage({ workshopId }: { readonly workshopId: string }) {
  const { t } = useI18n();
  const location = useLocation();
  const key = useFacilitatorKey(workshopId, location.hash);
  const live = useLiveWorkshop(workshopId, key, { awareness: true });
  const board = useBoardLink(workshopId, key);
  const joinKey = useJoinKey(workshopId, key);
  // A new facilitator key is shown once, up front: the old key's connections close as it is made.
  const [renewedKey, setRenewedKey] = useState(false);
  const onFacilitatorKey = (next: string) => {
    credentials.facilitator.set(workshopId, next);
    setRenewedKey(true);
    navigate(paths.facilitate(workshopId, next), { replace: true });
  };
  const timer = useTimerCommands(live.socket);
  const votes = useVoteCommands(live.socket);
  const authors = useItemAuthors(live.socket);
  // Each press of R asks the shown vote to reveal; the vote's controls ask for confirmation.
  const [revealAsk, setRevealAsk] = useState(0);
  const [justCreated] = useState(() => hasSessionFlag(justCreatedFlag(workshopId)));
  const [pendingStage, setPendingStage] = useState<string | null>(null);
  const [moveError, setMoveError] = useState<FetchError | null>(null);
  // The stage in the middle; null follows the room, so Next moves the console along with it.
  const [pickedId, setPickedId] = useState<string | null>(null);
  // A stage's folded notes stay open from stage to stage once the facilitator opened them.
  const [notesOpen, setNotesOpen] = useState(false);
  const clientId = live.doc?.clientID ?? 0;
  const editorUser = useMemo(
    () => ({ name: t('record.you.facilitator'), color: editorColor(clientId) }),
    [t, clientId],
  );

  const stages = live.view?.stages ?? [];
  const currentId = live.view?.meta.currentStageId ?? null;
  const roomIndex = stages.findIndex((s) => s.id === currentId);
  const shownIndex = Math.max(
    0,
    stages.findIndex((s) => s.id === (pickedId ?? currentId)),
  );
  const shown = stages[shownIndex];

  const goto = async (stageId: string) => {
    if (pendingStage) return;
    setPendingStage(stageId);
    setMoveError(null);
    const result = await sendCommand(live.socket, 'stage:goto', { stageId });
    setPendingStage(null);
    if (result.ok) setPickedId(null);
    else setMoveError(result.error);
  };

  const move = (direction: 1 | -1) => {
    const target = stages[roomIndex + direction];
    if (target) void goto(target.id);
  };

  useDocumentTitle(live.view?.meta.title);
  useStageShortcuts({
    next: () => move(1),
    previous: () => move(-1),
    timer: () => {
      if (shown) void timer.send(shown.id, shown.timer.status === 'running' ? 'pause' : 'start');
    },
    reveal: () => {
      if (shown?.kind === 'vote') setRevealAsk((n) => n + 1);
    },
  });

  const addIdea = async (payload: ItemAddPayload) => {
    const result = await sendCommand(live.socket, 'item:add', payload);
    return result.ok ? ({ ok: true } as const) : ({ ok: false, error: result.error } as const);
  };

  if (!key) return <ProblemScreen problem="missingKey" />;
  if (live.refused) return <ProblemScreen problem={problemFor(live.refused)} />;
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view || !live.doc) return <LoadingScreen />;

  const secretUrl = `${window.location.origin}${paths.facilitate(workshopId, key)}`;
  // The shown stage's kind brings its own controls and work area (stages/<kind>/).
  const kind = shown ? CONSOLE_STAGES[shown.kind] : undefined;
  const stageProps: ConsoleStageProps | undefined = shown && {
    view: live.view,
    stage: shown,
    workshopId,
    facilitatorKey: key,
    doc: live.doc,
    awareness: live.awareness,
    socket: live.socket,
    presence: live.presence,
    authors,
    votes,
    revealAsk,
    editorUser,
    addIdea,
  };

  return (
    <ConsoleEditorProvider doc={live.doc}>
      <div className="shell console-shell">
        <TopBar
          context={live.view.meta.title}
          status={
            <>
              <UndoButtons />
              <ConnectionIndicator state={live.connection} />
            </>
          }
        />
        <div className="console">
          <AgendaPanel
            view={live.view}
            selectedId={shown?.id ?? null}
            pendingId={pendingStage}
            onSelect={(id) => setPickedId(id === currentId ? null : id)}
          />
          <main className="console__main">
            <SecretLinkBox
              key={key}
              workshopId={workshopId}
              url={secretUrl}
              prominent={justCreated || renewedKey}
              text={renewedKey ? t('console.rotateKeyDone') : undefined}
            />
            {moveError && (
              <ErrorAlert>{t('console.moveFailed', { message: errorMessage(t, moveError) })}</ErrorAlert>
            )}
            {shown && kind && stageProps ? (
              <>
                <StagePanel
                  stage={shown}
                  index={shownIndex}
                  total={stages.length}
                  onBoard={shown.id === currentId}
                  roomIndex={roomIndex}
                  onMove={move}
                  onShow={(id) => void goto(id)}
                  moving={pendingStage !== null}
                  clockOffsetMs={live.clockOffsetMs}
                  timer={timer}
                  controls={kind.Controls && <kind.Controls {...stageProps} />}
                  shortcut={kind.shortcut && t(kind.shortcut)}
                />
                <kind.Content key={shown.id} {...stageProps} />
                {!kind.notesAreContent && (
                  <StageNotes
                    doc={live.doc}
                    stage={shown}
                    awareness={live.awareness}
                    user={editorUser}
                    running={false}
                    open={notesOpen}
                    onToggle={setNotesOpen}
                  />
                )}
              </>
            ) : (
              <div className="empty">
                <Icon name="clock" />
                <p>{t('agenda.empty')}</p>
              </div>
            )}
          </main>
          <aside className="console__aside" aria-label={t('console.board')}>
            <BoardPreview
              view={live.view}
              presence={live.presence}
              boardLink={board.link}
              joinKey={joinKey}
              doc={live.doc}
            />
            <JoinPanel
              workshopId={workshopId}
              facilitatorKey={key}
              meta={live.view.meta}
              joinKey={joinKey}
              onToggleLock={() => {
                if (live.doc && live.view) setJoinLocked(live.doc, !live.view.meta.joinLocked);
              }}
              onFacilitatorKey={onFacilitatorKey}
              onBoardToken={board.replace}
            />
            <PresencePanel presence={live.presence} />
            <PeoplePanel
              workshopId={workshopId}
              facilitatorKey={key}
              doc={live.doc}
              meta={live.view.meta}
              socket={live.socket}
            />
            <MinutesPanel
              workshopId={workshopId}
              facilitatorKey={key}
              doc={live.doc}
              meta={live.view.meta}
              exportOpen={shown?.kind === 'notes'}
            />
          </aside>
        </div>
      </div>
    </ConsoleEditorProvider>
  );
}
