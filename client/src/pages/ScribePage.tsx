import '../styles/record.css';
import { stageTitle } from '@majlis/shared';
import { useMemo, useState } from 'react';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { LoadingScreen } from '../components/LoadingScreen';
import { ProblemScreen } from '../components/ProblemScreen';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { problemFor } from '../phoneKit/refusal';
import { editorColor } from '../record/editorColor';
import { OutcomesPanel } from '../record/OutcomesPanel';
import { ScribeAgenda } from '../record/ScribeAgenda';
import { StageNotes } from '../record/StageNotes';
import { useScribeLabel } from '../record/useScribeLabel';
import { useScribeToken } from '../record/useScribeToken';
import { useLocation } from '../router/useLocation';
import { useLiveWorkshop } from '../sync/useLiveWorkshop';

/**
 * `/w/:id/scribe#token=…`: the minutes of the workshop, for a scribe. The agenda (read-only, to
 * pick which stage to write about; by default the room's), that stage's notes and the decisions and
 * action items. Nothing here moves the room, runs a vote or edits the lists: the server refuses a
 * scribe all of that, so the page offers none of it.
 */
export function ScribePage({ workshopId }: { readonly workshopId: string }) {
  const { t, lang } = useI18n();
  const location = useLocation();
  const token = useScribeToken(workshopId, location.hash);
  const live = useLiveWorkshop(workshopId, token, { awareness: true });
  const label = useScribeLabel(token);
  // null follows the room from stage to stage.
  const [pickedId, setPickedId] = useState<string | null>(null);
  const clientId = live.doc?.clientID ?? 0;
  const user = useMemo(
    () => ({ name: label || t('record.you.scribe'), color: editorColor(clientId) }),
    [label, t, clientId],
  );
  useDocumentTitle(live.view?.meta.title);

  if (!token) return <ProblemScreen problem="invalid" />;
  if (live.refused) return <ProblemScreen problem={problemFor(live.refused)} />;
  if (live.synced && !live.view) return <ProblemScreen problem="notFound" />;
  if (!live.view || !live.doc) return <LoadingScreen />;

  const { stages, meta } = live.view;
  const currentId = meta.currentStageId;
  const shown = stages.find((s) => s.id === (pickedId ?? currentId)) ?? stages[0];
  const following = pickedId === null || pickedId === currentId;

  return (
    <div className="shell scribe-shell">
      <TopBar
        context={meta.title}
        status={
          <>
            <span className="pill pill--accent">{t('record.scribe.role')}</span>
            <ConnectionIndicator state={live.connection} />
          </>
        }
      />
      <div className="scribe">
        <ScribeAgenda
          stages={stages}
          currentId={currentId}
          selectedId={shown?.id ?? null}
          onSelect={(id) => setPickedId(id === currentId ? null : id)}
        />
        <main className="scribe__main">
          {shown ? (
            <>
              <header className="stage-head scribe__head">
                <p className="stage-head__kicker">
                  {shown.id === currentId ? (
                    <span className="stage-head__live">{t('console.onBoard')}</span>
                  ) : (
                    <span className="stage-head__off">{t('console.notOnBoard')}</span>
                  )}
                  <span>{t(`kind.${shown.kind}`)}</span>
                </p>
                <h1 className="stage-head__title" dir="auto">
                  {stageTitle(shown, lang)}
                </h1>
                {!following && (
                  <div className="stage-head__controls">
                    <button type="button" className="button button--quiet" onClick={() => setPickedId(null)}>
                      {t('record.scribe.follow')}
                    </button>
                  </div>
                )}
              </header>
              <StageNotes doc={live.doc} stage={shown} awareness={live.awareness} user={user} running />
            </>
          ) : (
            <p className="empty">{t('agenda.empty')}</p>
          )}
          <OutcomesPanel view={live.view} socket={live.socket} stageId={shown?.id ?? null} />
        </main>
      </div>
    </div>
  );
}
