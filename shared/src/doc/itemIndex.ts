/**
 * What the command path needs to know about a stage's items without reading the list: an upper
 * bound of the ranks (to append at the end) and how many items a stage has (to cap a flood). Built
 * once per doc by one light pass over the raw entries, then kept up to date by the writers here and
 * by observing the items map, so adding an idea costs the same with 10 or 10,000 ideas on the
 * board. (Who wrote an item is not in the doc; the server counts per author itself.)
 */
import * as Y from 'yjs';
import { itemsMap, num } from './raw.js';

interface Index {
  /** An upper bound of the ranks in each stage: never lowered, so appending after it is always last. */
  readonly maxRank: Map<string, number>;
  /** itemId → stageId. */
  readonly entries: Map<string, string>;
  readonly perStage: Map<string, number>;
}

const indexes = new WeakMap<Y.Doc, Index>();

function note(index: Index, id: string, entry: unknown): void {
  if (!(entry instanceof Y.Map)) return;
  const stageId = entry.get('stageId');
  if (typeof stageId !== 'string') return;
  const rank = num(entry.get('rank'));
  index.maxRank.set(stageId, Math.max(index.maxRank.get(stageId) ?? 0, rank));
  if (index.entries.has(id)) return;
  index.entries.set(id, stageId);
  index.perStage.set(stageId, (index.perStage.get(stageId) ?? 0) + 1);
}

function forget(index: Index, id: string): void {
  const stageId = index.entries.get(id);
  if (stageId === undefined) return;
  index.entries.delete(id);
  index.perStage.set(stageId, (index.perStage.get(stageId) ?? 1) - 1);
}

function indexOf(doc: Y.Doc): Index {
  const known = indexes.get(doc);
  if (known) return known;
  const index: Index = { maxRank: new Map(), entries: new Map(), perStage: new Map() };
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

/** How many items (of any status) a stage holds. */
export function stageItemCount(doc: Y.Doc, stageId: string): number {
  return indexOf(doc).perStage.get(stageId) ?? 0;
}
