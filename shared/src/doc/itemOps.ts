/** Writers for the items of list stages. Each runs in one transaction and returns what it did. */
import * as Y from 'yjs';
import type { ItemView } from '../domain.js';
import type { StakeholderGroup } from '../groups.js';
import { indexNewItem, nextItemRank } from './itemIndex.js';
import { itemsMap, rankForIndex, sdgList, setText, type YMap } from './raw.js';
import { findItem, readItems } from './workshopDoc.js';

/**
 * A new item as the server (or a facilitator) adds it. Who wrote it is not part of it: the doc is
 * read by every phone and the board, so the server keeps authorship to itself.
 */
export interface NewItem {
  readonly id: string;
  readonly stageId: string;
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
  /** The author's stakeholder group, which the board shows; absent for the facilitator's own ideas. */
  readonly authorGroup?: StakeholderGroup;
  readonly createdAt: number;
}

function writeNewItem(doc: Y.Doc, input: NewItem, rank: number): void {
  const item = new Y.Map<unknown>();
  item.set('id', input.id);
  item.set('stageId', input.stageId);
  item.set('title', new Y.Text(input.title));
  item.set('description', new Y.Text(input.description));
  item.set('sdgs', sdgList(input.sdgs));
  item.set('status', 'active');
  item.set('createdAt', input.createdAt);
  item.set('rank', rank);
  if (input.authorGroup !== undefined) item.set('authorGroup', input.authorGroup);
  itemsMap(doc).set(input.id, item);
  indexNewItem(doc, input.id, item);
}

/**
 * Appends an item at the end of its stage's list and returns it as clients will read it. Costs the
 * same however long the list is: the rank comes from the item index, and nothing is read back.
 */
export function addItem(doc: Y.Doc, input: NewItem): ItemView {
  const rank = nextItemRank(doc, input.stageId);
  doc.transact(() => writeNewItem(doc, input, rank));
  const sdgs = sdgList(input.sdgs);
  return {
    id: input.id,
    stageId: input.stageId,
    title: input.title,
    description: input.description,
    sdgs,
    ownSdgs: sdgs,
    status: 'active',
    mergedFrom: [],
    createdAt: input.createdAt,
    rank,
    ...(input.authorGroup !== undefined ? { authorGroup: input.authorGroup } : {}),
  };
}

/** Appends several items in one transaction (an import). */
export function addItems(doc: Y.Doc, inputs: readonly NewItem[]): void {
  doc.transact(() => {
    for (const input of inputs) writeNewItem(doc, input, nextItemRank(doc, input.stageId));
  });
}

function itemMap(doc: Y.Doc, itemId: string): YMap | undefined {
  const entry = itemsMap(doc).get(itemId);
  return entry instanceof Y.Map ? entry : undefined;
}

/** Changes an item's text or tags; fields left undefined stay as they are. False if no such item. */
export function updateItem(
  doc: Y.Doc,
  itemId: string,
  change: { title?: string; description?: string; sdgs?: readonly number[] },
): boolean {
  const item = itemMap(doc, itemId);
  if (!item) return false;
  doc.transact(() => {
    if (change.title !== undefined) setText(item, 'title', change.title);
    if (change.description !== undefined) setText(item, 'description', change.description);
    if (change.sdgs !== undefined) item.set('sdgs', sdgList(change.sdgs));
  });
  return true;
}

/** Withdraws an item (its author took it back) or restores it. Merged items stay merged. */
export function setItemWithdrawn(doc: Y.Doc, itemId: string, withdrawn: boolean): boolean {
  const item = itemMap(doc, itemId);
  if (!item || item.get('status') === 'merged') return false;
  item.set('status', withdrawn ? 'withdrawn' : 'active');
  return true;
}

/**
 * Moves an item to position `index` among the active items of its stage, by giving it a rank
 * between its new neighbours; concurrent moves by two facilitators converge.
 */
export function moveItem(doc: Y.Doc, itemId: string, index: number): boolean {
  const item = itemMap(doc, itemId);
  const view = findItem(doc, itemId);
  if (!item || !view) return false;
  const others = readItems(doc, view.stageId).filter((i) => i.status === 'active' && i.id !== itemId);
  doc.transact(() => {
    item.set(
      'rank',
      rankForIndex(others, index, (id, rank) => itemMap(doc, id)?.set('rank', rank)),
    );
  });
  return true;
}

/**
 * Merges duplicates into `targetId`. The sources keep their text and group as provenance (the server
 * keeps their authors) and are hidden from the list; the target shows the union of their SDG tags.
 * Undone by `unmergeItem`.
 */
export function mergeItems(doc: Y.Doc, targetId: string, sourceIds: readonly string[]): boolean {
  const target = findItem(doc, targetId);
  if (target?.status !== 'active') return false;
  const sources = sourceIds
    .filter((id) => id !== targetId)
    .map((id) => findItem(doc, id))
    .filter((s): s is ItemView => s !== undefined && s.stageId === target.stageId && s.status === 'active');
  if (sources.length === 0) return false;
  doc.transact(() => {
    for (const source of sources) {
      const map = itemMap(doc, source.id);
      map?.set('status', 'merged');
      map?.set('mergedInto', targetId);
      // Items merged into the source follow it into the target.
      for (const child of source.mergedFrom) itemMap(doc, child)?.set('mergedInto', targetId);
    }
  });
  return true;
}

/** Takes one item back out of the item it was merged into. */
export function unmergeItem(doc: Y.Doc, itemId: string): boolean {
  const item = itemMap(doc, itemId);
  if (item?.get('status') !== 'merged') return false;
  doc.transact(() => {
    item.set('status', 'active');
    item.delete('mergedInto');
  });
  return true;
}

/** Puts an item in a theme, or takes it out with `null`. */
export function setItemTheme(doc: Y.Doc, itemId: string, themeId: string | null): boolean {
  const item = itemMap(doc, itemId);
  if (!item) return false;
  if (themeId === null) item.delete('themeId');
  else item.set('themeId', themeId);
  return true;
}

/** The shared Y.Text of an item's title or description, for live character-by-character editing. */
export function itemText(doc: Y.Doc, itemId: string, field: 'title' | 'description'): Y.Text | undefined {
  const item = itemMap(doc, itemId);
  if (!item) return undefined;
  const value = item.get(field);
  if (value instanceof Y.Text) return value;
  const created = new Y.Text(typeof value === 'string' ? value : '');
  item.set(field, created);
  return created;
}
