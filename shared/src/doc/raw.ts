/**
 * The raw layout of the workshop doc and defensive readers of its values. Only the modules in this
 * folder import it; everything else goes through their typed accessors.
 */
import * as Y from 'yjs';
import type { Bilingual } from '../locale.js';
import { textEdit } from '../text/textEdit.js';

export const KEY = {
  meta: 'meta',
  stages: 'stages',
  items: 'items',
  themes: 'themes',
  outcomes: 'outcomes',
} as const;

/** Each stage's notes are a root type of their own, `notes:<stageId>`: root types never conflict when
 * two people start typing at once, as a fragment created inside a map would. */
export const NOTES_ROOT_PREFIX = 'notes:';

export type YMap = Y.Map<unknown>;

export const metaMap = (doc: Y.Doc): YMap => doc.getMap<unknown>(KEY.meta);
export const stagesMap = (doc: Y.Doc): Y.Map<YMap> => doc.getMap<YMap>(KEY.stages);
export const itemsMap = (doc: Y.Doc): Y.Map<YMap> => doc.getMap<YMap>(KEY.items);
export const themesMap = (doc: Y.Doc): Y.Map<YMap> => doc.getMap<YMap>(KEY.themes);
export const outcomesMap = (doc: Y.Doc): Y.Map<YMap> => doc.getMap<YMap>(KEY.outcomes);
export const notesFragment = (doc: Y.Doc, stageId: string): Y.XmlFragment =>
  doc.getXmlFragment(`${NOTES_ROOT_PREFIX}${stageId}`);

/** The current stage id as stored, before any repair by the readers. */
export const storedCurrentStageId = (doc: Y.Doc): string | null => {
  const id = metaMap(doc).get('currentStageId');
  return typeof id === 'string' ? id : null;
};

export const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
export const num = (v: unknown, fallback = 0): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
export const text = (v: unknown): string => (v instanceof Y.Text ? v.toString() : str(v));
export const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  values.includes(v as T) ? (v as T) : fallback;
export const bilingual = (v: unknown): Bilingual | undefined => {
  if (typeof v !== 'object' || v === null) return undefined;
  const { ar, en } = v as Record<string, unknown>;
  return typeof ar === 'string' && typeof en === 'string' ? { ar, en } : undefined;
};
export const sdgList = (v: unknown): number[] =>
  Array.isArray(v)
    ? [...new Set(v.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= 17))].sort(
        (a, b) => a - b,
      )
    : [];

/**
 * Makes a Y.Text (or a plain string field) read `value` with the smallest edit, so that someone
 * co-editing another part of the same text keeps their typing.
 */
export function setText(map: YMap, key: string, value: string): void {
  const current = map.get(key);
  if (current instanceof Y.Text) {
    // No caret here: caret 0 leaves the common suffix unconstrained, so the edit is truly minimal.
    const edit = textEdit(current.toString(), value, 0);
    if (!edit) return;
    if (edit.remove > 0) current.delete(edit.index, edit.remove);
    if (edit.insert !== '') current.insert(edit.index, edit.insert);
  } else {
    map.set(key, new Y.Text(value));
  }
}

/**
 * The rank that puts an entry at `index` among `others` (in their order). When the neighbours'
 * ranks are not strictly ordered (two facilitators appended at once) or a float midpoint no longer
 * fits between them (many moves into one gap), the others are first renumbered 1…n through
 * `rerank`, so the entry lands exactly where asked.
 */
export function rankForIndex(
  others: ReadonlyArray<{ id: string; rank: number }>,
  index: number,
  rerank: (id: string, rank: number) => void,
): number {
  const at = Math.max(0, Math.min(others.length, Number.isNaN(index) ? others.length : Math.trunc(index)));
  const before = others[at - 1]?.rank;
  const after = others[at]?.rank;
  const rank = rankBetween(before, after);
  const fits = (before === undefined || before < rank) && (after === undefined || rank < after);
  if (fits) return rank;
  for (const [i, entry] of others.entries()) rerank(entry.id, i + 1);
  return at + 0.5;
}

/** A rank strictly between two neighbours' ranks (either may be missing). */
export function rankBetween(before: number | undefined, after: number | undefined): number {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return (after as number) - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}
