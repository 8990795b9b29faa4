/**
 * Helpers for the doc tests only (never imported by app code): replicas, syncing them, counting
 * updates, and a two-stage workshop built from the blank template.
 */
import * as Y from 'yjs';
import { templateStages } from '../templates.js';
import type { NewItem } from './itemOps.js';
import { initWorkshopDoc } from './workshopDoc.js';

/** The ids of the two list stages `twoStageWorkshop` makes. */
export const STAGES = ['stage-a', 'stage-b'] as const;

/** A workshop with two open list stages, stage-a (current) and stage-b. */
export function twoStageWorkshop(): Y.Doc {
  const doc = new Y.Doc();
  const [template] = templateStages('blank');
  if (!template) throw new Error('the blank template has a stage');
  initWorkshopDoc(doc, {
    id: 'ws_0000001',
    title: 'Ideas',
    locale: 'en',
    joinCode: '482913',
    createdAt: 0,
    stages: STAGES.map((id) => ({ id, template })),
  });
  return doc;
}

/** An item as the server would add it, titled after its id. */
export function item(id: string, stageId: string, extra: Partial<NewItem> = {}): NewItem {
  return { id, stageId, title: `title ${id}`, description: '', sdgs: [], createdAt: 100, ...extra };
}

/** A new replica holding everything `doc` has. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Exchanges every replica's state with every other, as a round of syncing would. */
export function sync(...docs: Y.Doc[]): void {
  for (const from of docs)
    for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
}

/** Counts the updates `doc` emits from now on. */
export function countUpdates(doc: Y.Doc): () => number {
  let updates = 0;
  doc.on('update', () => {
    updates += 1;
  });
  return () => updates;
}
