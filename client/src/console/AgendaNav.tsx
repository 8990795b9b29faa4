import { type StageView, stageTitle } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly stages: readonly StageView[];
  readonly currentId: string | null;
  readonly pendingId: string | null;
  readonly onGoto: (stageId: string) => void;
}

/** The agenda down the side: every stage, the one on the board marked, one click to move the room. */
export function AgendaNav({ stages, currentId, pendingId, onGoto }: Props) {
  const { t, lang } = useI18n();
  return (
    <ol className="agenda">
      {stages.map((stage, i) => {
        const current = stage.id === currentId;
        return (
          <li key={stage.id}>
            <button
              type="button"
              className={`agenda__stage ${current ? 'is-current' : ''} ${pendingId === stage.id ? 'is-pending' : ''}`}
              aria-current={current ? 'step' : undefined}
              onClick={() => onGoto(stage.id)}
            >
              <span className="agenda__n" aria-hidden="true">
                {i + 1}
              </span>
              <span className="agenda__text">
                <span className="agenda__title" dir="auto">
                  {stageTitle(stage, lang)}
                </span>
                <span className="agenda__meta">
                  {t(`kind.${stage.kind}`)} · {t(`state.${stage.state}`)}
                </span>
                {current && <span className="agenda__live">{t('console.onBoard')}</span>}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
