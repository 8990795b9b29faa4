import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger.js';
import type { LevelStore } from '../storage/LevelStore.js';
import type { Store } from '../storage/Store.js';
import { useTempLevelStore } from '../storage/tempLevelStore.js';
import { DocLog } from './DocLog.js';

const WORKSHOP = 'wsDOCLOG00000001';
const log = createLogger('silent');

let store: LevelStore;
useTempLevelStore((opened) => {
  store = opened;
});

/** A doc whose every update goes to a fresh log on `on`. */
function loggedDoc(on: Store = store) {
  const doc = new Y.Doc();
  const docLog = new DocLog(WORKSHOP, on, log, () => Y.encodeStateAsUpdate(doc), 0, 0);
  doc.on('update', (update: Uint8Array) => docLog.append(update));
  return { doc, docLog };
}

/** The doc the store holds now. */
async function storedDoc(): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of await store.loadDocUpdates(WORKSHOP)) Y.applyUpdate(doc, update);
  return doc;
}

describe('DocLog', () => {
  it('appends every update in order and counts their bytes', async () => {
    const { doc, docLog } = loggedDoc();
    for (let i = 0; i < 5; i++) doc.getArray<number>('a').push([i]);
    await docLog.whenStored();
    expect(await store.loadDocUpdates(WORKSHOP)).toHaveLength(5);
    expect((await storedDoc()).getArray('a').toArray()).toEqual([0, 1, 2, 3, 4]);
    const sizes = (await store.loadDocUpdates(WORKSHOP)).reduce((sum, u) => sum + u.length, 0);
    expect(docLog.storedBytes).toBe(sizes);
  });

  it('compacts on close into one update holding the whole doc', async () => {
    const { doc, docLog } = loggedDoc();
    for (let i = 0; i < 5; i++) doc.getMap('m').set(`k${i}`, i);
    doc.getMap('m').delete('k0');
    await docLog.close();
    const stored = await store.loadDocUpdates(WORKSHOP);
    expect(stored).toHaveLength(1);
    expect(docLog.storedBytes).toBe(stored[0]?.length);
    expect((await storedDoc()).getMap('m').toJSON()).toEqual({ k1: 1, k2: 2, k3: 3, k4: 4 });
  });

  it('compacts once the doc was measured smaller than the log, and takes the measure', async () => {
    const { doc, docLog } = loggedDoc();
    for (let i = 0; i < 20; i++) doc.getMap('m').set('same', 'x'.repeat(100 + i));
    const measured = Y.encodeStateAsUpdate(doc).length;
    expect(docLog.storedBytes).toBeGreaterThan(measured);
    docLog.remeasured(measured);
    expect(docLog.storedBytes).toBe(measured);
    await docLog.whenStored();
    expect(await store.loadDocUpdates(WORKSHOP)).toHaveLength(1);
  });

  it('counts writes that failed, so a change that depends on them is not acknowledged', async () => {
    const failing = new Proxy(store, {
      get(target, prop) {
        if (prop === 'appendDocUpdate') return async () => Promise.reject(new Error('disk full'));
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { doc, docLog } = loggedDoc(failing);
    doc.getArray<number>('a').push([1]);
    doc.getArray<number>('a').push([2]);
    await docLog.whenStored();
    expect(docLog.failedWrites).toBe(2);
  });
});
