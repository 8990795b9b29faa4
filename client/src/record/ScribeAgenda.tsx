import { type StageView, stageTitle } from '@majlis/shared';
import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly stages: readonly StageView[];
  /** The stage on the board. */
  readonly currentId: string | null;
  /** The stage whose notes are open. */
  readonly selectedId: string | null;
  readonly onSelect: (stageId: string) => void;
}

/** The agenda as a scribe sees it: where the room is, and which stage's notes to write. Read-only. */
export function ScribeAgenda({ stages, currentId, selectedId, onSelect }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const list = useRef<HTMLOListElement>(null);
  // On a phone the agenda is a strip that scrolls sideways: keep the chosen stage in view.
  useEffect(() => {
    if (!selectedId) return;
    list.current
      ?.querySelector(`[data-stage-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedId]);
  return (
    <nav className="scribe-agenda" aria-labelledby={headingId}>
      <h2 id={headingId} className="console__label">
        {t('console.agenda')}
      </h2>
      <ol className="agenda" ref={list}>
        {stages.map((stage, index) => {
          const current = stage.id === currentId;
          const selected = stage.id === selectedId;
          return (
            <li key={stage.id}>
              <button
                type="button"
                className={`agenda__stage ${selected ? 'is-selected' : ''} ${current ? 'is-current' : ''}`}
                aria-current={selected ? 'true' : undefined}
                data-stage-id={stage.id}
                onClick={() => onSelect(stage.id)}
              >
                <span className="agenda__n" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="agenda__text">
                  <span className="agenda__title" dir="auto">
                    {stageTitle(stage, lang)}
                  </span>
                  <span className="agenda__meta">{t(`kind.${stage.kind}`)}</span>
                  {current && <span className="agenda__live">{t('console.onBoard')}</span>}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
