import { useCallback, useEffect, useState } from 'react';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { AddIdea, type SendOutcome } from '../ideas/AddIdea';
import type { ItemAddPayload } from '../ideas/ideaPayload';
import { listIsOpen } from '../ideas/ListStatusNote';
import { mineTest } from '../ideas/myIdeas';
import { RejectedIdeas } from '../ideas/RejectedIdeas';
import { seedIdeaDraft } from '../ideas/useIdeaDraft';
import { useMyIdeas } from '../ideas/useMyIdeas';
import { credentials } from '../lib/credentials';
import { currentStage } from '../lib/currentStage';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { isRetryable } from '../outbox/retryPolicy';
import { useOutbox } from '../outbox/useOutbox';
import { BackToNow } from '../phone/BackToNow';
import { EndedCard } from '../phone/EndedCard';
import { LookBack } from '../phone/LookBack';
import { StageCard } from '../phone/StageCard';
import { useParticipantSession } from '../phone/useParticipantSession';
import { YouAre } from '../phone/YouAre';
import { problemFor } from '../phoneKit/refusal';
import { Toast, type ToastMessage } from '../phoneKit/Toast';
import { WaitingCard } from '../phoneKit/WaitingCard';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';
import { useLocation } from '../router/useLocation';
import { PHONE_STAGES } from '../stages/phoneStages';
import type { PhoneStageProps } from '../stages/stageParts';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';
import { useOfflineShell } from '../sync/useOfflineShell';
import { BallotRefusals } from '../vote/phone/BallotRefusals';
import { useBallots } from '../vote/phone/useBallots';
// This view's own sheet, loaded with its chunk rather than by every screen.
import '../styles/phone-live.css';

/** The stage the room is on, as its kind shows it on a phone (stages/<kind>/). */
function CurrentStage(props: PhoneStageProps) {
  const Stage = PHONE_STAGES[props.stage.kind];
  return <Stage {...props} />;
}

/** `/w/:id/me`: the participant's phone. Reads the room live (and from the device's copy when the
 * network is gone); acts only through checked commands. `?stage=<id>` looks back at an earlier stage. */
export function ParticipantPage({ workshopId }: { readonly workshopId: string }) {
  const { t, suggest } = useI18n();
  const [token] = useState(() => credentials.participant.get(workshopId));
  const session = useParticipantSession(token);
  const live = useLiveWorkshop(workshopId, token, { cache: true });
  useOfflineShell();
  const outbox = useOutbox(workshopId, live.socket, live.canSend);
  const ballots = useBallots(workshopId, live.socket, live.canSend);
  const mine = useMyIdeas(workshopId, live.socket);
  const location = useLocation();
  const [toast, setToast] = useState<(ToastMessage & { id: number }) | null>(null);
  const notify = useCallback((message: ToastMessage) => setToast({ ...message, id: Date.now() }), []);
  // Bumped to remount the add sheet opened on a reused text (its draft is read when it mounts).
  const [reuse, setReuse] = useState({ stageId: '', n: 0 });
  const refusedProblem = live.refused
    ? problemFor(live.refused)
    : session.kind === 'refused'
      ? session.removed
        ? 'removed'
        : 'invalid'
      : session.kind === 'ended'
        ? 'ended'
        : null;

  useEffect(() => {
    if (!token) navigate(paths.join(), { replace: true });
  }, [token]);

  // A token the server no longer accepts would send the join page straight back here; drop it.
  useEffect(() => {
    if (refusedProblem === 'invalid') credentials.participant.forget(workshopId);
  }, [refusedProblem, workshopId]);

  useDocumentTitle(live.view?.meta.title);
  const workshopLocale = live.view?.meta.locale ?? null;
  useEffect(() => {
    suggest(workshopLocale);
    return () => suggest(null);
  }, [workshopLocale, suggest]);

  if (!token) return <LoadingScreen />;
  if (refusedProblem) return <ProblemScreen problem={refusedProblem} />;
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view) return <LoadingScreen />;

  const view = live.view;
  const current = currentStage(view);
  // Once the workshop has ended the phone still reads it, but adds and votes nothing.
  const ended = view.meta.endedAt !== null;
  const accepting = !ended && current !== undefined && listIsOpen(current.stage);
  const earlier = current ? view.stages.slice(0, current.index) : [];
  const lookingAt = earlier.find((s) => s.id === location.search.get('stage'));
  const showAdd = accepting && !lookingAt;
  const showBallot = !ended && current?.stage.kind === 'vote' && current.stage.state === 'open' && !lookingAt;
  const group = session.kind === 'ok' ? session.session.participant?.group : undefined;

  const send = async (payload: ItemAddPayload): Promise<SendOutcome> => {
    const result = await outbox.send(payload);
    if (result.ok) {
      notify({ message: t('me.added') });
      return { ok: true };
    }
    if (isRetryable(result.error)) {
      notify({ message: t('me.queued') });
      return { ok: true };
    }
    return { ok: false, error: result.error };
  };

  // The doc does not say who wrote an idea; the server told this phone which are its own.
  const isMine = mineTest(mine, outbox.landed);
  const lookBack = (stageId: string, replace: boolean) =>
    navigate(`${paths.me(workshopId)}?stage=${encodeURIComponent(stageId)}`, { replace });
  const backToNow = () => navigate(paths.me(workshopId), { replace: true });
  const onReuse =
    current && accepting && !lookingAt
      ? (r: { title: string; description?: string; sdgs?: readonly number[] }, index: number) => {
          const values = { title: r.title, description: r.description ?? '', sdgs: r.sdgs ?? [] };
          if (seedIdeaDraft(workshopId, current.stage.id, values)) outbox.dismiss(index);
          setReuse((r) => ({ stageId: current.stage.id, n: r.n + 1 }));
        }
      : undefined;

  return (
    <div className="shell phone-shell">
      <TopBar
        status={
          <ConnectionIndicator
            state={live.connection}
            pending={outbox.outgoing.length + ballots.pendingCount}
          />
        }
      />
      <main
        className={`phone phone--live ${showAdd || lookingAt || showBallot ? 'phone--with-action' : ''} ${showBallot ? 'phone--with-ballot' : ''}`}
      >
        {lookingAt ? (
          <LookBack
            earlier={earlier}
            selected={lookingAt}
            total={view.stages.length}
            items={view.items}
            outcomes={view.outcomes}
            isMine={isMine}
            onSelect={(stageId) => lookBack(stageId, true)}
            ballots={ballots}
            canSend={live.canSend}
          />
        ) : (
          <>
            {current ? (
              <StageCard
                workshopTitle={view.meta.title}
                stage={current.stage}
                index={current.index}
                total={view.stages.length}
                clockOffsetMs={live.clockOffsetMs}
                onLookBack={
                  earlier.length > 0
                    ? () => lookBack(earlier[earlier.length - 1]?.id ?? '', false)
                    : undefined
                }
              />
            ) : (
              <h1 className="phone__heading" dir="auto">
                {view.meta.title}
              </h1>
            )}
            <YouAre session={session} />
            {ended && <EndedCard guestsUntil={view.meta.guestsUntil} />}
            <RejectedIdeas rejections={outbox.rejections} onDismiss={outbox.dismiss} onReuse={onReuse} />
            <BallotRefusals
              book={ballots.book}
              stages={view.stages}
              currentStageId={current?.stage.kind === 'vote' ? current.stage.id : undefined}
              onDismiss={ballots.dismiss}
            />
            {!current ? (
              <WaitingCard icon="clock" text={t('me.notStarted')} />
            ) : (
              <CurrentStage
                workshopId={workshopId}
                view={view}
                stage={current.stage}
                stageItems={current.items}
                isMine={isMine}
                outgoing={outbox.outgoing}
                landed={outbox.landed}
                ballots={ballots}
                group={group}
                socket={live.socket}
                canSend={live.canSend}
                ended={ended}
                notify={notify}
              />
            )}
          </>
        )}
      </main>
      {current && showAdd && (
        <AddIdea
          key={`${current.stage.id}:${reuse.n}`}
          workshopId={workshopId}
          stageId={current.stage.id}
          onSend={send}
          initiallyOpen={reuse.stageId === current.stage.id}
        />
      )}
      {current && lookingAt && <BackToNow current={current.stage} onNow={backToNow} />}
      {toast && <Toast key={toast.id} toast={toast} onDone={() => setToast(null)} />}
    </div>
  );
}
