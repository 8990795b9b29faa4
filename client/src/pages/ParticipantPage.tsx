import type { ItemView } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { credentials } from '../lib/credentials';
import { currentStage } from '../lib/currentStage';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { AddIdea, type SendOutcome } from '../phone/AddIdea';
import type { ItemAddPayload } from '../phone/ideaPayload';
import { ParticipantIdeas } from '../phone/ParticipantIdeas';
import { RejectedIdeas } from '../phone/RejectedIdeas';
import { problemFor } from '../phone/refusal';
import { StageCard } from '../phone/StageCard';
import { Toast } from '../phone/Toast';
import { isTransient, useOutbox } from '../phone/useOutbox';
import { useParticipantSession } from '../phone/useParticipantSession';
import { WaitingCard } from '../phone/WaitingCard';
import { YouAre } from '../phone/YouAre';
import { navigate } from '../router/navigation';
import { paths } from '../router/routes';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';

/** `/w/:id/me`: the participant's phone. Reads the room live; acts only through checked commands. */
export function ParticipantPage({ workshopId }: { readonly workshopId: string }) {
  const { t, suggest } = useI18n();
  const [token] = useState(() => credentials.participant.get(workshopId));
  const session = useParticipantSession(token);
  const live = useLiveWorkshop(workshopId, token);
  const outbox = useOutbox(workshopId, live.socket, live.canSend);
  const [toast, setToast] = useState<{ id: number; message: string } | null>(null);
  const showToast = (message: string) => setToast({ id: Date.now(), message });
  const refusedProblem = live.refused
    ? problemFor(live.refused)
    : session.kind === 'refused'
      ? 'invalid'
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

  const participantId =
    credentials.participant.getId(workshopId) ??
    (session.kind === 'ok' ? session.session.participant?.id : undefined);
  const current = currentStage(live.view);
  const accepting = current?.stage.kind === 'list' && current.stage.state === 'open';

  const send = async (payload: ItemAddPayload): Promise<SendOutcome> => {
    const result = await outbox.send(payload);
    if (result.ok) {
      showToast(t('me.added'));
      return { ok: true };
    }
    if (isTransient(result.error)) {
      showToast(t('me.queued'));
      return { ok: true };
    }
    return { ok: false, error: result.error };
  };

  const isMine = (item: ItemView) => participantId !== undefined && item.authorId === participantId;

  return (
    <div className="shell phone-shell">
      <TopBar status={<ConnectionIndicator state={live.connection} pending={outbox.waiting.length} />} />
      <main className={`phone phone--live ${accepting ? 'phone--with-action' : ''}`}>
        {current ? (
          <StageCard
            workshopTitle={live.view.meta.title}
            stage={current.stage}
            index={current.index}
            total={live.view.stages.length}
          />
        ) : (
          <h1 className="phone__heading" dir="auto">
            {live.view.meta.title}
          </h1>
        )}
        <YouAre session={session} />
        <RejectedIdeas rejections={outbox.rejections} onDismiss={outbox.dismiss} />
        {!current ? (
          <WaitingCard icon="clock" text={t('me.notStarted')} />
        ) : current.stage.kind === 'list' ? (
          <>
            {!accepting && <WaitingCard icon="check" text={t('me.closed')} />}
            <ParticipantIdeas
              items={current.items}
              pending={outbox.waiting.filter((e) => e.stageId === current.stage.id)}
              isMine={isMine}
            />
          </>
        ) : (
          <WaitingCard icon="clock" title={t('me.wait.title')} text={t(`me.wait.${current.stage.kind}`)} />
        )}
      </main>
      {current && accepting && (
        <AddIdea key={current.stage.id} workshopId={workshopId} stageId={current.stage.id} onSend={send} />
      )}
      {toast && <Toast key={toast.id} message={toast.message} onDone={() => setToast(null)} />}
    </div>
  );
}
