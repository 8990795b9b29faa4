/** Writers for the agenda: add, edit, reorder and delete stages, lock lists, set timers. */
import * as Y from 'yjs';
import type { BoardDisplay, StageKind, StageState } from '../domain.js';
import { IDLE_TIMER, type TimerState } from '../timer.js';
import { metaMap, rankForIndex, stagesMap, storedCurrentStageId, type YMap } from './raw.js';
import { readStages } from './workshopDoc.js';

function stageMap(doc: Y.Doc, stageId: string): YMap | undefined {
  const entry = stagesMap(doc).get(stageId);
  return entry instanceof Y.Map ? entry : undefined;
}

/** Adds a stage at `index` of the agenda (the end when omitted). */
export function addStage(
  doc: Y.Doc,
  input: { id: string; kind: StageKind; title: string; description?: string; index?: number },
): void {
  const stages = readStages(doc);
  doc.transact(() => {
    const stage = new Y.Map<unknown>();
    stage.set('id', input.id);
    stage.set('kind', input.kind);
    stage.set('state', input.kind === 'vote' ? 'draft' : 'open');
    stage.set('title', input.title);
    stage.set('description', input.description ?? '');
    stage.set('locked', false);
    stage.set('timer', { ...IDLE_TIMER });
    stage.set(
      'rank',
      rankForIndex(stages, input.index ?? stages.length, (id, rank) => stageMap(doc, id)?.set('rank', rank)),
    );
    stagesMap(doc).set(input.id, stage);
    const current = storedCurrentStageId(doc);
    if (current === null || !stagesMap(doc).has(current)) metaMap(doc).set('currentStageId', input.id);
  });
}

/**
 * Edits a stage. A new title or description replaces the template's text in both languages, since
 * the facilitator typed it in one.
 */
export function updateStage(
  doc: Y.Doc,
  stageId: string,
  change: {
    title?: string;
    description?: string;
    state?: StageState;
    locked?: boolean;
    display?: BoardDisplay;
  },
): boolean {
  const stage = stageMap(doc, stageId);
  if (!stage) return false;
  doc.transact(() => {
    if (change.title !== undefined) {
      stage.set('title', change.title);
      stage.delete('titles');
    }
    if (change.description !== undefined) {
      stage.set('description', change.description);
      stage.delete('descriptions');
    }
    if (change.state !== undefined) stage.set('state', change.state);
    if (change.locked !== undefined) stage.set('locked', change.locked);
    if (change.display !== undefined) stage.set('display', change.display);
  });
  return true;
}

/** Moves a stage to position `index` of the agenda. */
export function moveStage(doc: Y.Doc, stageId: string, index: number): boolean {
  const stage = stageMap(doc, stageId);
  if (!stage) return false;
  const others = readStages(doc).filter((s) => s.id !== stageId);
  doc.transact(() => {
    stage.set(
      'rank',
      rankForIndex(others, index, (id, rank) => stageMap(doc, id)?.set('rank', rank)),
    );
  });
  return true;
}

/** Deletes a stage (its items stay in the doc, unlisted). The room moves on if it was current. */
export function deleteStage(doc: Y.Doc, stageId: string): boolean {
  const stages = readStages(doc);
  const index = stages.findIndex((s) => s.id === stageId);
  if (index < 0) return false;
  doc.transact(() => {
    stagesMap(doc).delete(stageId);
    if (storedCurrentStageId(doc) === stageId) {
      const next = stages[index + 1] ?? stages[index - 1];
      metaMap(doc).set('currentStageId', next?.id ?? null);
    }
  });
  return true;
}

/** Writes a stage's timer (computed by the server with `applyTimerAction`). */
export function setStageTimer(doc: Y.Doc, stageId: string, timer: TimerState): boolean {
  const stage = stageMap(doc, stageId);
  if (!stage) return false;
  stage.set('timer', { ...timer });
  return true;
}
