import { useEffect, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { formatMoment } from '../lib/formatMoment';
import { serverInfo } from '../lib/joinLink';
import { endWorkshop, rotateBoardLink, rotateFacilitatorKey } from './lifecycleRequests';

type Step = 'board' | 'key' | 'end';

interface Props {
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly ended: boolean;
  /** The new key, shown once: the page keeps it, since the old key's connections close at once. */
  readonly onFacilitatorKey: (key: string) => void;
  readonly onBoardToken: (token: string) => void;
}

const LABELS: Record<Step, { button: MessageKey; confirm: MessageKey; why: MessageKey }> = {
  board: {
    button: 'console.rotateBoard',
    confirm: 'console.rotateBoardConfirm',
    why: 'console.rotateBoardWhy',
  },
  key: { button: 'console.rotateKey', confirm: 'console.rotateKeyConfirm', why: 'console.rotateKeyWhy' },
  end: { button: 'console.end', confirm: 'console.endConfirm', why: 'console.endWhy' },
};

/** New board link, new facilitator link, end the workshop: each asks once more, saying what it stops. */
export function LinkControls(props: Props) {
  const { workshopId, facilitatorKey, ended } = props;
  const { t, lang } = useI18n();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FetchError | null>(null);
  const [boardDone, setBoardDone] = useState(false);
  // How long guests may still read after an end, to say so before it.
  const [graceMs, setGraceMs] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void serverInfo().then((info) => {
      if (live && info?.endedGraceMs !== undefined) setGraceMs(info.endedGraceMs);
    });
    return () => {
      live = false;
    };
  }, []);

  const run = async (step: Step) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setBoardDone(false);
    if (step === 'board') {
      const result = await rotateBoardLink(workshopId, facilitatorKey);
      if (result.ok) {
        props.onBoardToken(result.data.boardToken);
        setBoardDone(true);
      } else setError(result.error);
    } else if (step === 'key') {
      const result = await rotateFacilitatorKey(workshopId, facilitatorKey);
      if (result.ok) props.onFacilitatorKey(result.data.facilitatorKey);
      else setError(result.error);
    } else {
      // The room sees the end through the doc, which the server writes.
      const result = await endWorkshop(workshopId, facilitatorKey);
      if (!result.ok) setError(result.error);
    }
    setBusy(false);
    setConfirming(null);
  };

  const steps: Step[] = ended ? ['board', 'key'] : ['board', 'key', 'end'];
  const why = (step: Step) =>
    t(LABELS[step].why, { time: graceMs === null ? '…' : formatMoment(Date.now() + graceMs, lang) });

  return (
    <div className="link-controls">
      <h3 className="link-controls__title">{t('console.links')}</h3>
      {confirming ? (
        <div className="link-controls__confirm">
          <p className="panel__note">{why(confirming)}</p>
          <div className="link-controls__row">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={busy}
              onClick={() => void run(confirming)}
            >
              {t(LABELS[confirming].confirm)}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => setConfirming(null)}
            >
              {t('console.keep')}
            </button>
          </div>
        </div>
      ) : (
        <div className="link-controls__row">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className={`button button--small ${step === 'end' ? 'button--ghost link-controls__end' : 'button--quiet'}`}
              onClick={() => setConfirming(step)}
            >
              {t(LABELS[step].button)}
            </button>
          ))}
        </div>
      )}
      {boardDone && (
        <p className="panel__note" role="status">
          {t('console.rotateBoardDone')}
        </p>
      )}
      {error && <ApiErrorAlert error={error} />}
    </div>
  );
}
