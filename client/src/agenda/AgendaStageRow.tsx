import { type StageView, stageTitle } from '@majlis/shared';
import type { KeyboardEvent } from 'react';
import { moveStep, stepIndex } from '../curation/reorder';
import type { DropSide, DropTargetProps } from '../curation/useDragReorder';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly stage: StageView;
  readonly index: number;
  readonly ids: readonly string[];
  readonly hintId: string;
  readonly current: boolean;
  readonly selected: boolean;
  readonly pending: boolean;
  readonly marker: DropSide | null;
  readonly dragging: boolean;
  readonly targetProps: DropTargetProps;
  readonly onSelect: (stageId: string) => void;
  readonly onMove: (stageId: string, index: number, focusKey: string) => void;
}

/** One stage in the agenda: picks the stage to look at; Alt+arrows move it. */
export function AgendaStageRow({ stage, index, ids, hintId, current, selected, pending, ...rest }: Props) {
  const { t, lang } = useI18n();
  const onKeyDown = (event: KeyboardEvent) => {
    const step = moveStep(event, false);
    if (step === null) return;
    event.preventDefault();
    const to = stepIndex(ids, stage.id, step);
    if (to !== null) rest.onMove(stage.id, to, `stage-${stage.id}`);
  };
  return (
    <li {...rest.targetProps} data-drop={rest.marker ?? undefined}>
      <button
        type="button"
        className={`agenda__stage ${selected ? 'is-selected' : ''} ${current ? 'is-current' : ''} ${pending ? 'is-pending' : ''}`}
        aria-current={selected ? 'true' : undefined}
        aria-describedby={hintId}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        data-focus-key={`stage-${stage.id}`}
        onClick={() => rest.onSelect(stage.id)}
        onKeyDown={onKeyDown}
      >
        <span className="agenda__n" aria-hidden="true">
          {index + 1}
        </span>
        <span className="agenda__text">
          <span className="agenda__title" dir="auto">
            {stageTitle(stage, lang)}
          </span>
          <span className="agenda__meta">
            {t(`kind.${stage.kind}`)} · {t(`state.${stage.state}`)}
            {stage.locked && ` · ${t('agenda.locked')}`}
          </span>
          {current && <span className="agenda__live">{t('console.onBoard')}</span>}
        </span>
      </button>
    </li>
  );
}
