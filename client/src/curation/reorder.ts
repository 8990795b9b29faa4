/** Where a dragged or keyboard-moved entry lands, as an index among the OTHER entries — what the
 * shared `moveStage` and `moveItem` expect. */

/** Dropped before (or after) `targetId`. */
export function dropIndex(ids: readonly string[], movedId: string, targetId: string, after: boolean): number {
  const others = ids.filter((id) => id !== movedId);
  const at = others.indexOf(targetId);
  if (at < 0) return others.length;
  return after ? at + 1 : at;
}

/** One step up (-1) or down (+1); null at either end of the list. */
export function stepIndex(ids: readonly string[], movedId: string, step: -1 | 1): number | null {
  const at = ids.indexOf(movedId);
  const to = at + step;
  if (at < 0 || to < 0 || to >= ids.length) return null;
  return to;
}

/** The key that moves an entry with Alt+Arrow (or plain arrows on its handle), or null. */
export function moveStep(event: { key: string; altKey: boolean }, onHandle: boolean): -1 | 1 | null {
  if (!event.altKey && !onHandle) return null;
  if (event.key === 'ArrowUp') return -1;
  if (event.key === 'ArrowDown') return 1;
  return null;
}
