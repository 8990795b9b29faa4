/**
 * What the command path needs to know about a stage's items without reading the list: an upper
 * bound of the ranks (to append at the end) and how many items a stage and each author have (to
 * cap a flood). Built once per doc by one light pass over the raw entries, then kept up to date by
 * the writers here and by observing the items map, so adding an idea costs the same with 10 or
 * 10,000 ideas on the board.
 */
import * as Y from 'yjs';
import { itemsMap, num } from './raw.js';

interface Entry {
  readonly stageId: string;
  readonly authorId: string | undefined;
}

interface Index {
  /** An upper bound of the ranks in each stage: never lowered, so appending after it is always last. */
  readonly maxRank: Map<string, number>;
  readonly entries: Map<string, Entry>;
  readonly perStage: Map<string, number>;
  /** `stageId/authorId` → count. */
  readonly perAuthor: Map<string, number>;
}

const indexes = new WeakMap<Y.Doc, Index>();

const authorKey = (stageId: string, authorId: string) => `${stageId}/${authorId}`;

function note(index: Index, id: string, entry: unknown): void {
  if (!(entry instanceof Y.Map)) return;
  const stageId = entry.get('stageId');
  if (typeof stageId !== 'string') return;
  const rank = num(entry.get('rank'));
  index.maxRank.set(stageId, Math.max(index.maxRank.get(stageId) ?? 0, rank));
  if (index.entries.has(id)) return;
  const author = entry.get('authorId');
  const authorId = typeof author === 'string' ? author : undefined;
  index.entries.set(id, { stageId, authorId });
  index.perStage.set(stageId, (index.perStage.get(stageId) ?? 0) + 1);
  if (authorId !== undefined) {
    const key = authorKey(stageId, authorId);
    index.perAuthor.set(key, (index.perAuthor.get(key) ?? 0) + 1);
  }
}

function forget(index: Index, id: string): void {
  const entry = index.entries.get(id);
  if (!entry) return;
  index.entries.delete(id);
  index.perStage.set(entry.stageId, (index.perStage.get(entry.stageId) ?? 1) - 1);
  if (entry.authorId !== undefined) {
    const key = authorKey(entry.stageId, entry.authorId);
    index.perAuthor.set(key, (index.perAuthor.get(key) ?? 1) - 1);
  }
}

function indexOf(doc: Y.Doc): Index {
  const known = indexes.get(doc);
  if (known) return known;
  const index: Index = { maxRank: new Map(), entries: new Map(), perStage: new Map(), perAuthor: new Map() };
  const items = itemsMap(doc);
  for (const [id, entry] of items.entries()) note(index, id, entry);
  items.observeDeep((events) => {
    for (const event of events) {
      if (event.target === items) {
        for (const [id, change] of event.changes.keys) {
          if (change.action === 'delete') forget(index, id);
          else {
            if (change.action === 'update') forget(index, id);
            note(index, id, items.get(id));
          }
        }
      } else if (
        event.target instanceof Y.Map &&
        event.target.parent === items &&
        ((event as Y.YMapEvent<unknown>).keysChanged.has('rank') ||
          (event as Y.YMapEvent<unknown>).keysChanged.has('stageId'))
      ) {
        const id = event.target.get('id');
        if (typeof id !== 'string') continue;
        // An item moved to another stage by a raw edit is counted there from now on.
        if ((event as Y.YMapEvent<unknown>).keysChanged.has('stageId')) forget(index, id);
        note(index, id, event.target);
      }
    }
  });
  indexes.set(doc, index);
  return index;
}

/** True when the doc has an item entry under this id, whatever its state; no list is read. */
export function hasItem(doc: Y.Doc, itemId: string): boolean {
  return itemsMap(doc).has(itemId);
}

/** A rank after every item of the stage: where a new item goes. */
export function nextItemRank(doc: Y.Doc, stageId: string): number {
  const max = indexOf(doc).maxRank.get(stageId);
  return max === undefined ? 1 : max + 1;
}

/** Records a new item written in the current transaction (observers only run after it ends). */
export function indexNewItem(doc: Y.Doc, id: string, entry: Y.Map<unknown>): void {
  note(indexOf(doc), id, entry);
}

/** How many items (of any status) a stage holds, and how many of them one author wrote. */
export function itemCounts(
  doc: Y.Doc,
  stageId: string,
  authorId?: string,
): { stage: number; author: number } {
  const index = indexOf(doc);
  return {
    stage: index.perStage.get(stageId) ?? 0,
    author: authorId === undefined ? 0 : (index.perAuthor.get(authorKey(stageId, authorId)) ?? 0),
  };
}
