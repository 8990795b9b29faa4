/**
 * Structural sharing between two reads of a workshop: every entry (stage, item, theme, outcome) that
 * did not change keeps the object it had, and a list none of whose entries changed keeps its array.
 * A view re-read after one new idea then differs from the last one by that idea only, so a renderer
 * that compares by identity (React.memo) redraws one card, not the whole list.
 */
import type { WorkshopView } from '../domain.js';

/** Deep equality of JSON-like data (plain objects, arrays, primitives), as views are made of. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.hasOwn(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** `next`, with each entry equal to the previous entry of the same id replaced by that entry. */
export function stableList<T extends { readonly id: string }>(
  prev: readonly T[] | undefined,
  next: readonly T[],
): readonly T[] {
  if (!prev) return next;
  const before = new Map(prev.map((entry) => [entry.id, entry]));
  let unchanged = prev.length === next.length;
  const out = next.map((entry, i) => {
    const old = before.get(entry.id);
    const kept = old !== undefined && sameValue(old, entry) ? old : entry;
    if (kept !== prev[i]) unchanged = false;
    return kept;
  });
  return unchanged ? prev : out;
}

/** `next` sharing every unchanged part with `prev`; `prev` itself when nothing changed. */
export function stableView(
  prev: WorkshopView | undefined,
  next: WorkshopView | undefined,
): WorkshopView | undefined {
  if (!prev || !next) return next;
  const view: WorkshopView = {
    meta: sameValue(prev.meta, next.meta) ? prev.meta : next.meta,
    stages: stableList(prev.stages, next.stages),
    items: stableList(prev.items, next.items),
    themes: stableList(prev.themes, next.themes),
    outcomes: stableList(prev.outcomes, next.outcomes),
  };
  const same =
    view.meta === prev.meta &&
    view.stages === prev.stages &&
    view.items === prev.items &&
    view.themes === prev.themes &&
    view.outcomes === prev.outcomes;
  return same ? prev : view;
}
