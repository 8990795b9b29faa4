import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ideaKey, readIdeaQueue, withIdea, withoutIdea } from './ideaQueue';
import { createOutbox } from './outbox';
import type { ItemAddPayload } from './readItemAdd';
import { storedValue } from './storedValue';

/** The device's localStorage, as far as these modules use it. */
function fakeStorage() {
  const data = new Map<string, string>();
  let reads = 0;
  return {
    data,
    reads: () => reads,
    getItem: (key: string) => {
      reads += 1;
      return data.get(key) ?? null;
    },
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

const g = globalThis as { window?: unknown };
let storage = fakeStorage();
beforeEach(() => {
  storage = fakeStorage();
  g.window = { localStorage: storage };
});
afterEach(() => {
  delete g.window;
});

const IDEA: ItemAddPayload = { stageId: 'stage_1', title: 'Shade', clientId: 'client-a' };

describe('storedValue', () => {
  it('reads the device once and writes every change back', () => {
    const queue = storedValue('k', readIdeaQueue);
    queue.change((list) => withIdea(list, IDEA));
    queue.change((list) => withIdea(list, { ...IDEA, clientId: 'client-b' }));
    expect(queue.get()).toHaveLength(2);
    expect(storage.reads()).toBe(1);
    expect(JSON.parse(storage.data.get('k') ?? '')).toHaveLength(2);
  });

  it('reads what the device holds through the checked reader', () => {
    storage.data.set('k', JSON.stringify([IDEA, { title: 'older shape' }]));
    expect(storedValue('k', readIdeaQueue).get()).toEqual([IDEA]);
    storage.data.set('k', '{not json');
    expect(storedValue('k', readIdeaQueue).get()).toEqual([]);
  });

  it('an idea queued offline survives a reload and is sent once the phone is back', async () => {
    const before = storedValue('k', readIdeaQueue);
    before.change((list) => withIdea(list, IDEA));

    const queue = storedValue('k', readIdeaQueue);
    const sent: string[] = [];
    const outbox = createOutbox<ItemAddPayload, { ok: true }>({
      waiting: queue.get,
      keyOf: ideaKey,
      send: async (entry) => {
        sent.push(entry.title);
        return { ok: true };
      },
      delivered: (entry) => queue.change((list) => withoutIdea(list, entry)),
      refused: () => undefined,
    });
    outbox.setOnline(true);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual(['Shade']);
    expect(JSON.parse(storage.data.get('k') ?? '')).toEqual([]);
    outbox.dispose();
  });
});

describe('storedValue, cleaning up', () => {
  it('leaves out on the device what the reader left out', () => {
    storage.data.set('k', JSON.stringify([IDEA, { title: 'older shape' }]));
    storedValue('k', readIdeaQueue);
    expect(JSON.parse(storage.data.get('k') ?? '')).toEqual([IDEA]);
  });
});
