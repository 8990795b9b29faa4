import { addItem, initWorkshopDoc, readItems, SCHEMA_VERSION, templateStages } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger.js';
import type { LevelStore } from '../storage/LevelStore.js';
import type { Store } from '../storage/Store.js';
import { useTempLevelStore } from '../storage/tempLevelStore.js';
import { Room } from '../yjs/Room.js';
import { authorshipOf } from './ItemAuthorship.js';
import { prepareRoom } from './prepareRoom.js';

const WORKSHOP = 'wsMIGRATE0000001';
const log = createLogger('silent');
let store: LevelStore;
useTempLevelStore((opened) => {
  store = opened;
});

/** Stores a workshop doc as a schema-1 server left it: authors on the ideas. */
async function storeSchemaOneDoc(): Promise<void> {
  const doc = new Y.Doc();
  const [template] = templateStages('blank');
  if (!template) throw new Error('blank template');
  initWorkshopDoc(doc, {
    id: WORKSHOP,
    title: 'Old',
    locale: 'en',
    joinCode: '123456',
    createdAt: 1,
    stages: [{ id: 'stage-a', template }],
  });
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 1);
    for (const [id, author] of [
      ['i1', 'participant-hana'],
      ['i2', 'participant-hana'],
      ['i3', 'participant-sami'],
    ] as const) {
      addItem(doc, { id, stageId: 'stage-a', title: id, description: '', sdgs: [], createdAt: 2 });
      (doc.getMap('items').get(id) as Y.Map<unknown>).set('authorId', author);
    }
  });
  await store.appendDocUpdate(WORKSHOP, Y.encodeStateAsUpdate(doc));
}

const storedText = async (s: Store) =>
  (await s.loadDocUpdates(WORKSHOP)).map((u) => Buffer.from(u).toString('latin1')).join('');

/** The same store, but doc writes fail (the process dies before the migration is durable). */
function failingDocWrites(inner: Store): Store {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'appendDocUpdate') return async () => Promise.reject(new Error('killed'));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('prepareRoom', () => {
  it('moves schema-1 authors to the store and out of the doc, and the log once compacted', async () => {
    await storeSchemaOneDoc();
    const room = await Room.load(WORKSHOP, store, log);
    const before = readItems(room.doc);
    await prepareRoom(room, store, log);

    expect(room.doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(readItems(room.doc)).toEqual(before);
    expect(Buffer.from(Y.encodeStateAsUpdate(room.doc)).toString('latin1')).not.toContain('participant-');
    expect((await store.listItemAuthors(WORKSHOP)).sort((a, b) => (a.itemId < b.itemId ? -1 : 1))).toEqual([
      { itemId: 'i1', participantId: 'participant-hana', stageId: 'stage-a' },
      { itemId: 'i2', participantId: 'participant-hana', stageId: 'stage-a' },
      { itemId: 'i3', participantId: 'participant-sami', stageId: 'stage-a' },
    ]);
    expect(authorshipOf(room).itemsOf('participant-hana')).toEqual(['i1', 'i2']);

    await room.close();
    expect(await storedText(store)).not.toContain('participant-');
  });

  it('loses no author when the doc change never becomes durable: the next load does it again', async () => {
    await storeSchemaOneDoc();
    const broken = failingDocWrites(store);
    const first = await Room.load(WORKSHOP, broken, log);
    await expect(prepareRoom(first, broken, log)).rejects.toThrow();
    expect(await store.listItemAuthors(WORKSHOP)).toHaveLength(3);

    const room = await Room.load(WORKSHOP, store, log);
    expect(room.doc.getMap('meta').get('schemaVersion')).toBe(1);
    await prepareRoom(room, store, log);
    expect(authorshipOf(room).all()).toHaveLength(3);
    expect(room.doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
    await room.close();
  });

  it('writes nothing for a current doc, and gives every room its authorship', async () => {
    const room = await Room.load(WORKSHOP, store, log);
    await prepareRoom(room, store, log);
    expect(authorshipOf(room).all()).toEqual([]);
    expect(await store.loadDocUpdates(WORKSHOP)).toEqual([]);
    await room.close();
    expect(() => authorshipOf(Object.create(Room.prototype) as Room)).toThrow(/not prepared/);
  });
});
