import { describe, expect, it } from 'vitest';
import type { LevelStore } from '../storage/LevelStore.js';
import type { Store } from '../storage/Store.js';
import { useTempLevelStore } from '../storage/tempLevelStore.js';
import { ItemAuthorship } from './ItemAuthorship.js';

const WORKSHOP = 'wsAUTHORS0000001';
let store: LevelStore;
useTempLevelStore((opened) => {
  store = opened;
});

/** The same store, but every authorship write fails (a full disk). */
function failingWrites(inner: Store): Store {
  return new Proxy(inner, {
    get(target, prop) {
      if (prop === 'putItemAuthors') return async () => Promise.reject(new Error('disk full'));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('ItemAuthorship', () => {
  it('answers who wrote what, per person and per stage, and keeps it in the store', async () => {
    const authorship = await ItemAuthorship.load(store, WORKSHOP);
    await authorship.record([
      { itemId: 'i1', participantId: 'hana', stageId: 's1' },
      { itemId: 'i2', participantId: 'hana', stageId: 's2' },
      { itemId: 'i3', participantId: 'sami', stageId: 's1' },
    ]);
    expect(authorship.authorOf('i1')).toBe('hana');
    expect(authorship.authorOf('facilitators-own')).toBeUndefined();
    expect(authorship.itemsOf('hana')).toEqual(['i1', 'i2']);
    expect(authorship.itemsOf('nobody')).toEqual([]);
    expect([authorship.countIn('s1', 'hana'), authorship.countIn('s2', 'hana')]).toEqual([1, 1]);
    const again = await ItemAuthorship.load(store, WORKSHOP);
    expect(again.all()).toEqual(authorship.all());
    expect(again.countIn('s1', 'sami')).toBe(1);
  });

  it('counts an idea as soon as it is recorded, so a concurrent add already sees it', async () => {
    const authorship = await ItemAuthorship.load(store, WORKSHOP);
    const writing = authorship.record([{ itemId: 'i1', participantId: 'hana', stageId: 's1' }]);
    expect(authorship.countIn('s1', 'hana')).toBe(1);
    await writing;
  });

  it('records an item once, whoever asks again', async () => {
    const authorship = await ItemAuthorship.load(store, WORKSHOP);
    await authorship.record([{ itemId: 'i1', participantId: 'hana', stageId: 's1' }]);
    await authorship.record([{ itemId: 'i1', participantId: 'hana', stageId: 's1' }]);
    await authorship.record([{ itemId: 'i1', participantId: 'sami', stageId: 's1' }]);
    expect(authorship.authorOf('i1')).toBe('hana');
    expect(authorship.countIn('s1', 'hana')).toBe(1);
    expect(await store.listItemAuthors(WORKSHOP)).toHaveLength(1);
  });

  it('takes back what it could not store, so a retry records it again', async () => {
    const authorship = await ItemAuthorship.load(failingWrites(store), WORKSHOP);
    await expect(authorship.record([{ itemId: 'i1', participantId: 'hana', stageId: 's1' }])).rejects.toThrow(
      'disk full',
    );
    expect(authorship.authorOf('i1')).toBeUndefined();
    expect(authorship.itemsOf('hana')).toEqual([]);
    expect(authorship.countIn('s1', 'hana')).toBe(0);
  });
});
