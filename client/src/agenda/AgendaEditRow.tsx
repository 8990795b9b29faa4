import { deleteStage, LIMITS, type StageView, stageTitle, updateStage } from '@majlis/shared';
import type { KeyboardEvent } from 'react';
import { CommitInput } from '../consoleKit/CommitInput';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { moveStep, stepIndex } from '../curation/reorder';
import type { DragHandleProps, DropSide, DropTargetProps } from '../curation/useDragReorder';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly stage: StageView;
  readonly index: number;
  readonly total: number;
  readonly ids: readonly string[];
  readonly hintId: string;
  readonly current: boolean;
  readonly marker: DropSide | null;
  readonly dragging: boolean;
  readonly targetProps: DropTargetProps;
  readonly handleProps: DragHandleProps;
  readonly onMove: (stageId: string, index: number, focusKey: string) => void;
}

/** A stage in edit mode: drag handle (arrows move it too), title, up, down, delete (undoable). */
export function AgendaEditRow({ stage, index, total, ids, hintId, current, marker, ...rest }: Props) {
  const { t, lang } = useI18n();
  const editor = useConsoleEditor();
  const title = stageTitle(stage, lang);

  const step = (direction: -1 | 1, focusKey: string) => {
    const to = stepIndex(ids, stage.id, direction);
    if (to !== null) rest.onMove(stage.id, to, focusKey);
  };
  const onHandleKey = (event: KeyboardEvent) => {
    const direction = moveStep(event, true);
    if (direction === null) return;
    event.preventDefault();
    step(direction, `stage-grip-${stage.id}`);
  };
  const remove = () => {
    // The next row's delete button keeps the keyboard in the list once this row is gone.
    const neighbour = ids[index + 1] ?? ids[index - 1];
    editor.act((doc) => deleteStage(doc, stage.id), t('agenda.deleted', { title }));
    if (neighbour) editor.focusAfterRender(`stage-delete-${neighbour}`);
  };

  return (
    <li
      className={`agenda-edit ${rest.dragging ? 'is-dragging' : ''} ${current ? 'is-current' : ''}`}
      {...rest.targetProps}
      data-drop={marker ?? undefined}
    >
      <CommitInput
        value={title}
        label={t('agenda.titleOf', { n: index + 1 })}
        maxLength={LIMITS.stageTitle}
        onCommit={(next) => editor.act((doc) => updateStage(doc, stage.id, { title: next }))}
      />
      <div className="agenda-edit__bar">
        <button
          type="button"
          className="agenda-edit__grip"
          {...rest.handleProps}
          aria-label={t('agenda.handle', { title })}
          aria-describedby={hintId}
          aria-keyshortcuts="ArrowUp ArrowDown"
          data-focus-key={`stage-grip-${stage.id}`}
          onKeyDown={onHandleKey}
        >
          <ConsoleIcon name="grip" />
        </button>
        <span className="agenda__n" aria-hidden="true">
          {index + 1}
        </span>
        <span className="agenda__meta agenda-edit__meta">
          {t(`kind.${stage.kind}`)}
          {/* The accent number shows it; the words are for screen readers. */}
          {current && <span className="visually-hidden">{` · ${t('console.onBoard')}`}</span>}
        </span>
        <span className="agenda-edit__tools">
          <button
            type="button"
            className="tool-button"
            aria-label={t('agenda.moveUp', { title })}
            disabled={index === 0}
            data-focus-key={`stage-up-${stage.id}`}
            onClick={() => step(-1, `stage-up-${stage.id}`)}
          >
            <ConsoleIcon name="up" />
          </button>
          <button
            type="button"
            className="tool-button"
            aria-label={t('agenda.moveDown', { title })}
            disabled={index === total - 1}
            data-focus-key={`stage-down-${stage.id}`}
            onClick={() => step(1, `stage-down-${stage.id}`)}
          >
            <ConsoleIcon name="down" />
          </button>
          <button
            type="button"
            className="tool-button tool-button--danger"
            aria-label={t('agenda.delete', { title })}
            data-focus-key={`stage-delete-${stage.id}`}
            onClick={remove}
          >
            <ConsoleIcon name="trash" />
          </button>
        </span>
      </div>
    </li>
  );
}
