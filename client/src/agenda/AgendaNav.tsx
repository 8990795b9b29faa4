import { moveStage, type StageView, stageTitle } from '@majlis/shared';
import { useId } from 'react';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { dropIndex } from '../curation/reorder';
import { useDragReorder } from '../curation/useDragReorder';
import { useI18n } from '../i18n/useI18n';
import { AgendaEditRow } from './AgendaEditRow';
import { AgendaStageRow } from './AgendaStageRow';

interface Props {
  readonly stages: readonly StageView[];
  /** The stage on the board. */
  readonly currentId: string | null;
  /** The stage shown in the middle of the console. */
  readonly selectedId: string | null;
  readonly pendingId: string | null;
  readonly editing: boolean;
  readonly onSelect: (stageId: string) => void;
}

/**
 * The agenda down the side. Normally a list to pick the stage to look at (the room moves only with
 * Next or "Show on the board"); in edit mode each stage can be renamed, moved and deleted. Stages
 * reorder by drag and drop, by Alt+arrows on a stage, or by arrows on its handle.
 */
export function AgendaNav({ stages, currentId, selectedId, pendingId, editing, onSelect }: Props) {
  const { t, lang } = useI18n();
  const editor = useConsoleEditor();
  const hintId = useId();
  const ids = stages.map((s) => s.id);

  const move = (stageId: string, index: number, focusKey: string) => {
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) return;
    editor.act((doc) => moveStage(doc, stageId, index));
    editor.focusAfterRender(focusKey);
    editor.announce(
      t('agenda.moved', { title: stageTitle(stage, lang), n: index + 1, total: stages.length }),
    );
  };

  const drag = useDragReorder((movedId, targetId, side) =>
    move(movedId, dropIndex(ids, movedId, targetId, side === 'after'), `stage-grip-${movedId}`),
  );

  return (
    <>
      <p id={hintId} className="visually-hidden">
        {t('agenda.moveHint')}
      </p>
      <ol className={`agenda ${editing ? 'agenda--editing' : ''}`}>
        {stages.map((stage, index) => {
          const shared = {
            stage,
            index,
            ids,
            hintId,
            current: stage.id === currentId,
            marker: drag.markerFor(stage.id),
            dragging: drag.draggingId === stage.id,
            targetProps: drag.targetProps(stage.id),
            onMove: move,
          };
          return editing ? (
            <AgendaEditRow
              key={stage.id}
              {...shared}
              total={stages.length}
              handleProps={drag.handleProps(stage.id, stageTitle(stage, lang))}
            />
          ) : (
            <AgendaStageRow
              key={stage.id}
              {...shared}
              selected={stage.id === selectedId}
              pending={stage.id === pendingId}
              onSelect={onSelect}
            />
          );
        })}
      </ol>
    </>
  );
}
