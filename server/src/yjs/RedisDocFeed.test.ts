/**
 * One doc held by two server processes through Redis: each applies the other's updates and stores
 * none of them twice; compaction from either keeps both's updates; after Redis loses everything (a
 * restart without persistence), each process stores again what it holds.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger.js';
import { RedisStore } from '../storage/RedisStore.js';
import { hasRedisServer, startTestRedis, type TestRedis } from '../storage/testRedisServer.js';
import { parsePublished, RedisDocFeed } from './RedisDocFeed.js';
import { Room } from './Room.js';

const log = createLogger('silent');
const WORKSHOP = 'w1';

async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 5_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const titleOf = (room: Room) => room.doc.getMap('meta').get('title');
const listOf = (room: Room) => room.doc.getArray<string>('list').toArray();

describe('parsePublished', () => {
  it('reads `<instance> <seq> <update>` with any bytes in the update, and refuses anything else', () => {
    const message = Buffer.concat([Buffer.from('ab12 42 '), Buffer.from([0, 32, 255, 32])]);
    expect(parsePublished(message)).toEqual({
      origin: 'ab12',
      seq: 42,
      update: new Uint8Array([0, 32, 255, 32]),
    });
    expect(parsePublished(Buffer.from('no-spaces'))).toBeUndefined();
    expect(parsePublished(Buffer.from('a x y'))).toBeUndefined();
  });
});

describe.skipIf(!hasRedisServer)('RedisDocFeed (own redis-server)', () => {
  let redis: TestRedis;
  let prefixes = 0;
  const closers: Array<() => Promise<unknown>> = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterEach(async () => {
    while (closers.length) await closers.pop()?.();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  /** A process of the deployment: its store, feed and the room of WORKSHOP. */
  async function processOn(prefix: string) {
    const store = await RedisStore.open(redis.url, { prefix, timeoutMs: 500 });
    const feed = await RedisDocFeed.create(store, log);
    const room = await Room.load(WORKSHOP, store, log, undefined, feed);
    closers.push(async () => {
      await room.close().catch(() => undefined);
      await feed.closeAll();
      await store.close();
    });
    return { store, feed, room };
  }

  it('applies the other process updates once, stores each once, and compacts from what is stored', async () => {
    const prefix = `f${++prefixes}:`;
    const a = await processOn(prefix);
    const b = await processOn(prefix);
    await a.room.change((doc) => doc.getMap('meta').set('title', 'from A'));
    await eventually(() => titleOf(b.room) === 'from A', 'B applies A');
    for (let i = 0; i < 20; i++) {
      const room = i % 2 === 0 ? a.room : b.room;
      await room.change((doc) => doc.getArray<string>('list').push([`item ${i}`]));
    }
    await eventually(() => listOf(a.room).length === 20 && listOf(b.room).length === 20, 'both have all');
    // 21 appends in all: nobody stored another's update again.
    expect(await a.store.loadDocUpdates(WORKSHOP)).toHaveLength(21);

    // A compacts while it has not seen B's latest update yet: the stored one is kept all the same.
    const c = await RedisStore.open(redis.url, { prefix, instanceId: 'bystander' });
    closers.push(() => c.close());
    await c.appendDocUpdate(
      WORKSHOP,
      updateFrom((doc) => doc.getMap('meta').set('note', 'unseen')),
    );
    expect(await a.feed.compact(WORKSHOP)).toBeGreaterThan(0);
    const stored = await c.loadDocUpdates(WORKSHOP);
    expect(stored).toHaveLength(1);
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, stored[0] as Uint8Array);
    expect(reloaded.getArray('list').length).toBe(20);
    expect(reloaded.getMap('meta').get('note')).toBe('unseen');
    await eventually(() => a.room.doc.getMap('meta').get('note') === 'unseen', 'A got it from the feed');
  });

  it('keeps a newer room of the doc listening when the older one finishes closing after it opened', async () => {
    const prefix = `f${++prefixes}:`;
    const a = await processOn(prefix);
    const newer = await Room.load(WORKSHOP, a.store, log, undefined, a.feed);
    closers.push(() => newer.close());
    await a.room.close();
    const b = await processOn(prefix);
    await b.room.change((doc) => doc.getMap('meta').set('title', 'after the old room closed'));
    await eventually(() => titleOf(newer) === 'after the old room closed', 'the newer room still hears');
  });

  it('lets one process compact at a time', async () => {
    const prefix = `f${++prefixes}:`;
    const a = await processOn(prefix);
    for (let i = 0; i < 5; i++) await a.room.change((doc) => doc.getArray<string>('list').push([`${i}`]));
    const slowMerge = (updates: Uint8Array[]) => Y.mergeUpdates(updates);
    const [first, second] = await Promise.all([
      a.store.compactDocLog(WORKSHOP, slowMerge),
      a.store.compactDocLog(WORKSHOP, slowMerge),
    ]);
    expect([first, second].filter((bytes) => bytes !== undefined)).toHaveLength(1);
    expect(await a.store.loadDocUpdates(WORKSHOP)).toHaveLength(1);
  });

  it('refuses changes while Redis is away, stores again what it holds when Redis comes back empty', async () => {
    const prefix = `f${++prefixes}:`;
    const a = await processOn(prefix);
    const b = await processOn(prefix);
    await a.room.change((doc) => doc.getMap('meta').set('title', 'before the outage'));
    await eventually(() => titleOf(b.room) === 'before the outage', 'B applies A');

    await redis.stop();
    await expect(a.room.change((doc) => doc.getMap('meta').set('title', 'during'))).rejects.toMatchObject({
      code: 'unavailable',
    });
    await redis.start();

    // The refused change was not applied (nothing refused is stored later).
    expect(titleOf(a.room)).toBe('before the outage');
    // Both reconnect by themselves and reconcile: the log, empty after the restart, holds the doc
    // again from what the processes hold.
    await eventually(
      async () => {
        const stored = await a.store.loadDocUpdates(WORKSHOP).catch(() => []);
        const doc = new Y.Doc();
        for (const update of stored) Y.applyUpdate(doc, update);
        return doc.getMap('meta').get('title') === 'before the outage';
      },
      'the log holds the doc again',
      10_000,
    );
    await eventually(() => titleOf(b.room) === 'before the outage', 'B still has it', 10_000);
    await b.room.change((doc) => doc.getArray<string>('list').push(['after']));
    await eventually(() => listOf(a.room).includes('after'), 'the feed works again');
  }, 30_000);

  it('numbers from the log again after Redis came back empty, so later updates are not taken for old ones', async () => {
    const prefix = `f${++prefixes}:`;
    const a = await processOn(prefix);
    const b = await processOn(prefix);
    for (const title of ['one', 'two', 'three'])
      await a.room.change((doc) => doc.getMap('meta').set('title', title));
    await eventually(() => titleOf(b.room) === 'three', 'B applies A');

    // Redis comes back empty: A stores its doc again as one update, numbered 1, and B reads that.
    await redis.stop();
    await redis.start();
    await eventually(
      async () => (await a.store.loadDocUpdates(WORKSHOP).catch(() => [])).length > 0,
      'A stored its doc again',
      10_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // A's next update is numbered 2: below what B had seen before the outage, and still new.
    await a.room.change((doc) => doc.getMap('meta').set('title', 'after the restart'));
    await eventually(() => titleOf(b.room) === 'after the restart', 'B applies the update after the restart');
  }, 30_000);
});

function updateFrom(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (u: Uint8Array) => {
    update = u;
  });
  change(doc);
  doc.destroy();
  return update;
}
