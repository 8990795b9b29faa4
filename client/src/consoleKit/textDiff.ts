/** How a caret moves through a Y.Text delta; the minimal edit itself lives in @majlis/shared. */

export { type TextEdit, textEdit } from '@majlis/shared';

/** One operation of a Y.Text delta (Yjs `YTextEvent.delta`). */
export type DeltaOp = { retain?: number; insert?: unknown; delete?: number };

/**
 * Where a caret at `position` ends up after someone else's change. Text inserted exactly at the
 * caret goes after it, so a co-editor typing at the same spot does not drag this person's caret.
 */
export function moveThroughDelta(position: number, delta: readonly DeltaOp[]): number {
  // Walks the old text: retains and deletes consume it, inserts add to the new text only.
  let oldIndex = 0;
  let moved = position;
  for (const op of delta) {
    if (oldIndex >= position) break;
    if (op.retain !== undefined) oldIndex += op.retain;
    else if (op.insert !== undefined) moved += typeof op.insert === 'string' ? op.insert.length : 1;
    else if (op.delete !== undefined) {
      moved -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    }
  }
  return moved;
}
