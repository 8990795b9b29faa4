import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createLogger } from '../logger.js';
import { LevelStore } from '../storage/LevelStore.js';
import { type DocConnection, ProtocolViolation, Room } from './Room.js';

const WORKSHOP = 'wsROOM0000000001';
const SYNC = 0;
const AWARENESS = 1;
const log = createLogger('silent');

let dir: string;
let store: LevelStore;
const rooms: Room[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'majlis-'));
  store = await LevelStore.open(dir);
});

afterEach(async () => {
  await Promise.all(rooms.splice(0).map((room) => room.close()));
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function loadRoom(): Promise<Room> {
  const room = await Room.load(WORKSHOP, store, log);
  rooms.push(room);
  return room;
}

/** Closes a room the test is done with, so afterEach does not close it twice. */
async function closeRoom(room: Room): Promise<void> {
  rooms.splice(rooms.indexOf(room), 1);
  await room.close();
}

interface FakeConnection extends DocConnection {
  readonly sent: Uint8Array[];
}

function connection(canWrite: boolean): FakeConnection {
  const sent: Uint8Array[] = [];
  return {
    canWrite,
    sent,
    send(message) {
      sent.push(message);
    },
  };
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

const syncStep1 = (doc: Y.Doc) =>
  message((e) => {
    encoding.writeVarUint(e, SYNC);
    syncProtocol.writeSyncStep1(e, doc);
  });

const syncStep2 = (update: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, SYNC);
    encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
    encoding.writeVarUint8Array(e, update);
  });

const syncUpdate = (update: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, SYNC);
    encoding.writeVarUint(e, syncProtocol.messageYjsUpdate);
    encoding.writeVarUint8Array(e, update);
  });

const awarenessMessage = (update: Uint8Array) =>
  message((e) => {
    encoding.writeVarUint(e, AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });

/** Reads a message the room sent: its type, the sync step for sync messages, and the payload. */
function decode(bytes: Uint8Array | undefined): { type: number; step?: number; payload: Uint8Array } {
  if (!bytes) throw new Error('no message');
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  if (type !== SYNC) return { type, payload: decoding.readVarUint8Array(decoder) };
  const step = decoding.readVarUint(decoder);
  return { type, step, payload: decoding.readVarUint8Array(decoder) };
}

/** The update `doc` emits while `change` runs. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | undefined;
  const record = (u: Uint8Array) => {
    update = u;
  };
  doc.on('update', record);
  change();
  doc.off('update', record);
  if (!update) throw new Error('no update');
  return update;
}

/** A client replica holding everything the room has. */
function replicaOf(room: Room): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
  return doc;
}

function violation(run: () => void): ProtocolViolation {
  try {
    run();
  } catch (error) {
    if (error instanceof ProtocolViolation) return error;
    throw error;
  }
  throw new Error('expected a ProtocolViolation');
}

/** A room holding a small agenda written by the server. */
async function seededRoom(): Promise<Room> {
  const room = await loadRoom();
  await room.change((doc) => {
    doc.getMap('meta').set('title', 'Local review');
    doc.getArray('stages').push(['review', 'brainstorm']);
    doc.getText('notes').insert(0, 'Agreed: parks first.');
  });
  return room;
}

describe('Room sync', () => {
  it('starts a session by sending its state vector', async () => {
    const room = await seededRoom();
    const conn = connection(true);
    room.connect(conn);
    expect(conn.sent).toHaveLength(1);
    const first = decode(conn.sent[0]);
    expect([first.type, first.step]).toEqual([SYNC, syncProtocol.messageYjsSyncStep1]);
    expect(first.payload).toEqual(Y.encodeStateVector(room.doc));
    expect(room.connectionCount).toBe(1);
  });

  it('answers a step 1 with a step 2 that brings a fresh doc to its state, to the asker only', async () => {
    const room = await seededRoom();
    const asker = connection(false);
    const bystander = connection(true);
    room.connect(asker);
    room.connect(bystander);
    const fresh = new Y.Doc();
    room.receive(asker, syncStep1(fresh));
    expect(asker.sent).toHaveLength(2);
    expect(bystander.sent).toHaveLength(1);
    const reply = decode(asker.sent[1]);
    expect([reply.type, reply.step]).toEqual([SYNC, syncProtocol.messageYjsSyncStep2]);
    Y.applyUpdate(fresh, reply.payload);
    expect(fresh.getMap('meta').toJSON()).toEqual({ title: 'Local review' });
    expect(fresh.getArray('stages').toJSON()).toEqual(['review', 'brainstorm']);
    expect(fresh.getText('notes').toString()).toBe('Agreed: parks first.');
    expect(Y.encodeStateVector(fresh)).toEqual(Y.encodeStateVector(room.doc));
  });

  it("applies an editor's updates and broadcasts them once, merged, on the next tick, to everyone", async () => {
    const room = await seededRoom();
    const editor = connection(true);
    const otherEditor = connection(true);
    const reader = connection(false);
    for (const conn of [editor, otherEditor, reader]) room.connect(conn);
    const client = replicaOf(room);
    const behind = replicaOf(room);

    room.receive(editor, syncUpdate(updateOf(client, () => client.getMap('meta').set('title', 'Renamed'))));
    room.receive(editor, syncUpdate(updateOf(client, () => client.getText('notes').insert(0, '1. '))));
    expect(room.doc.getMap('meta').get('title')).toBe('Renamed');
    expect(room.doc.getText('notes').toString()).toBe('1. Agreed: parks first.');
    for (const conn of [editor, otherEditor, reader]) expect(conn.sent).toHaveLength(1);

    await nextTick();
    for (const conn of [editor, otherEditor, reader]) {
      expect(conn.sent).toHaveLength(2);
      expect(conn.sent[1]).toEqual(otherEditor.sent[1]);
    }
    const broadcast = decode(reader.sent[1]);
    expect([broadcast.type, broadcast.step]).toEqual([SYNC, syncProtocol.messageYjsUpdate]);
    Y.applyUpdate(behind, broadcast.payload);
    expect(behind.getMap('meta').get('title')).toBe('Renamed');
    expect(behind.getText('notes').toString()).toBe('1. Agreed: parks first.');

    await nextTick();
    expect(reader.sent).toHaveLength(2);
  });

  it('accepts an editor update sent as a sync step 2', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const client = replicaOf(room);
    client.getArray('stages').push(['dots']);
    room.receive(editor, syncStep2(Y.encodeStateAsUpdate(client)));
    expect(room.doc.getArray('stages').toJSON()).toEqual(['review', 'brainstorm', 'dots']);
  });

  it('stores what editors write', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const client = replicaOf(room);
    room.receive(editor, syncUpdate(updateOf(client, () => client.getMap('meta').set('locale', 'ar'))));
    await room.whenStored();
    const stored = new Y.Doc();
    for (const update of await store.loadDocUpdates(WORKSHOP)) Y.applyUpdate(stored, update);
    expect(stored.getMap('meta').get('locale')).toBe('ar');
  });

  it('stops sending to a connection once it disconnects', async () => {
    const room = await seededRoom();
    const gone = connection(false);
    const staying = connection(false);
    room.connect(gone);
    room.connect(staying);
    room.disconnect(gone);
    expect(room.connectionCount).toBe(1);
    await room.change((doc) => doc.getMap('meta').set('title', 'After'));
    await nextTick();
    expect(gone.sent).toHaveLength(1);
    expect(staying.sent).toHaveLength(2);
  });
});

describe('Room read-only connections', () => {
  it('refuses a new update with 4409 and applies, stores and broadcasts nothing', async () => {
    const room = await seededRoom();
    const reader = connection(false);
    const watcher = connection(true);
    room.connect(reader);
    room.connect(watcher);
    const before = Y.encodeStateAsUpdate(room.doc);
    const logged = (await store.loadDocUpdates(WORKSHOP)).length;
    const client = replicaOf(room);

    const insert = updateOf(client, () => client.getMap('meta').set('title', 'Hijacked'));
    expect(violation(() => room.receive(reader, syncUpdate(insert))).closeCode).toBe(4409);
    const removal = updateOf(client, () => client.getText('notes').delete(0, 7));
    expect(violation(() => room.receive(reader, syncUpdate(removal))).closeCode).toBe(4409);
    expect(violation(() => room.receive(reader, syncStep2(Y.encodeStateAsUpdate(client)))).closeCode).toBe(
      4409,
    );

    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
    expect(room.doc.getMap('meta').get('title')).toBe('Local review');
    await nextTick();
    await room.whenStored();
    expect(watcher.sent).toHaveLength(1);
    expect(await store.loadDocUpdates(WORKSHOP)).toHaveLength(logged);
  });

  it('ignores an echo of state the room already has, silently', async () => {
    const room = await seededRoom();
    const reader = connection(false);
    room.connect(reader);
    const client = replicaOf(room);
    const before = Y.encodeStateAsUpdate(room.doc);
    room.receive(reader, syncStep2(Y.encodeStateAsUpdate(client)));
    room.receive(reader, syncUpdate(Y.encodeStateAsUpdate(client)));
    room.receive(reader, syncStep2(Y.encodeStateAsUpdate(new Y.Doc())));
    await nextTick();
    expect(reader.sent).toHaveLength(1);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
  });

  it('still answers its step 1', async () => {
    const room = await seededRoom();
    const reader = connection(false);
    room.connect(reader);
    room.receive(reader, syncStep1(new Y.Doc()));
    expect(decode(reader.sent[1]).step).toBe(syncProtocol.messageYjsSyncStep2);
  });
});

describe('Room refuses malformed messages', () => {
  const valid = (() => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'x'.repeat(40));
    return Y.encodeStateAsUpdate(doc);
  })();

  const malformed: ReadonlyArray<readonly [string, Uint8Array]> = [
    ['an empty message', new Uint8Array()],
    ['a truncated message type', new Uint8Array([0x80])],
    ['an unknown message type', new Uint8Array([9])],
    ['a huge message type', new Uint8Array([0xff, 0xff, 0xff, 0x7f])],
    ['a sync message without a step', new Uint8Array([SYNC])],
    ['an unknown sync step', new Uint8Array([SYNC, 7, 1, 0])],
    ['a step 1 without a state vector', new Uint8Array([SYNC, 0])],
    ['an update without payload', new Uint8Array([SYNC, 2])],
    ['an empty update', new Uint8Array([SYNC, 2, 0])],
    ['a one-byte update', new Uint8Array([SYNC, 2, 1, 0])],
    ['an empty step 2', new Uint8Array([SYNC, 1, 0])],
    ['an update whose bytes are cut short', syncUpdate(valid).slice(0, 12)],
    ['an update whose length prefix overshoots', new Uint8Array([SYNC, 2, 50, ...valid.slice(0, 10)])],
  ];

  describe.each([
    ['an editor', true],
    ['a read-only connection', false],
  ])('from %s', (_who, canWrite) => {
    it.each(malformed)('refuses %s with 4400 and leaves the doc unchanged', async (_label, bytes) => {
      const room = await seededRoom();
      const conn = connection(canWrite);
      const watcher = connection(false);
      room.connect(conn);
      room.connect(watcher);
      const before = Y.encodeStateAsUpdate(room.doc);
      expect(violation(() => room.receive(conn, bytes)).closeCode).toBe(4400);
      expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
      await nextTick();
      expect(watcher.sent).toHaveLength(1);
      expect(conn.sent).toHaveLength(1);
    });
  });

  it('refuses a read-only update with a truncated body, applying nothing', async () => {
    const room = await seededRoom();
    const reader = connection(false);
    room.connect(reader);
    const before = Y.encodeStateAsUpdate(room.doc);
    // The structs before the cut are readable and new, so this may be refused as a write (4409).
    expect([4400, 4409]).toContain(
      violation(() => room.receive(reader, syncUpdate(valid.slice(0, -1)))).closeCode,
    );
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
  });

  it('refuses garbage in an update body with 4400', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const before = Y.encodeStateAsUpdate(room.doc);
    expect(
      violation(() => room.receive(editor, syncUpdate(new Uint8Array([0xff, 0xff, 0xff])))).closeCode,
    ).toBe(4400);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
  });

  // Regression: Y.applyUpdate integrates the structs before it reads the delete set, so an editor's update that is
  // cut inside its delete set is applied (stored and broadcast) and only then refused with 4400.
  it("applies nothing of an editor's update whose body is cut short", async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const before = Y.encodeStateAsUpdate(room.doc);
    expect(violation(() => room.receive(editor, syncUpdate(valid.slice(0, -1)))).closeCode).toBe(4400);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
  });
});

describe('Room awareness', () => {
  function presence(name: string) {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ name });
    return {
      clientId: doc.clientID,
      bytes: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
    };
  }

  it("relays an editor's awareness to editors only", async () => {
    const room = await seededRoom();
    const editor = connection(true);
    const otherEditor = connection(true);
    const reader = connection(false);
    for (const conn of [editor, otherEditor, reader]) room.connect(conn);
    const facilitator = presence('Facilitator');
    room.receive(editor, awarenessMessage(facilitator.bytes));
    expect(room.awareness.getStates().get(facilitator.clientId)).toEqual({ name: 'Facilitator' });
    expect(otherEditor.sent.map((m) => decode(m).type)).toEqual([SYNC, AWARENESS]);
    expect(reader.sent).toHaveLength(1);
  });

  it('ignores the awareness of read-only connections', async () => {
    const room = await seededRoom();
    const reader = connection(false);
    const editor = connection(true);
    room.connect(reader);
    room.connect(editor);
    const phone = presence('Phone');
    room.receive(reader, awarenessMessage(phone.bytes));
    expect(room.awareness.getStates().has(phone.clientId)).toBe(false);
    expect(editor.sent).toHaveLength(1);
  });

  it('shows a new editor who is there, and drops the states of an editor who leaves', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const facilitator = presence('Facilitator');
    room.receive(editor, awarenessMessage(facilitator.bytes));

    const late = connection(true);
    room.connect(late);
    expect(late.sent.map((m) => decode(m).type)).toEqual([SYNC, AWARENESS]);

    room.disconnect(editor);
    expect(room.awareness.getStates().has(facilitator.clientId)).toBe(false);
    expect(late.sent).toHaveLength(3);
  });

  it('refuses a malformed awareness update from an editor with 4400', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    expect(violation(() => room.receive(editor, awarenessMessage(new Uint8Array([5, 1])))).closeCode).toBe(
      4400,
    );
  });
});

describe('Room persistence', () => {
  it('resolves change() only once the change is in the store', async () => {
    const room = await loadRoom();
    const result = await room.change((doc) => {
      doc.getMap('meta').set('title', 'Durable');
      return 'done';
    });
    expect(result).toBe('done');
    const stored = new Y.Doc();
    for (const update of await store.loadDocUpdates(WORKSHOP)) Y.applyUpdate(stored, update);
    expect(stored.getMap('meta').get('title')).toBe('Durable');
  });

  it('broadcasts server changes to every connection', async () => {
    const room = await loadRoom();
    const reader = connection(false);
    room.connect(reader);
    await room.change((doc) => doc.getMap('meta').set('currentStageId', 'dots'));
    await nextTick();
    const behind = new Y.Doc();
    Y.applyUpdate(behind, decode(reader.sent[1]).payload);
    expect(behind.getMap('meta').get('currentStageId')).toBe('dots');
  });

  it('finds everything again after close and load, from a compacted log', async () => {
    const room = await seededRoom();
    const editor = connection(true);
    room.connect(editor);
    const client = replicaOf(room);
    room.receive(editor, syncUpdate(updateOf(client, () => client.getText('notes').insert(0, 'Minutes: '))));
    await room.change((doc) => doc.getArray('stages').delete(0, 1));
    const expected = Y.encodeStateAsUpdate(room.doc);
    await closeRoom(room);

    expect(await store.loadDocUpdates(WORKSHOP)).toHaveLength(1);
    const reloaded = await loadRoom();
    expect(Y.decodeStateVector(Y.encodeStateVector(reloaded.doc))).toEqual(
      Y.decodeStateVector(Y.encodeStateVectorFromUpdate(expected)),
    );
    expect(reloaded.doc.getMap('meta').get('title')).toBe('Local review');
    expect(reloaded.doc.getArray('stages').toJSON()).toEqual(['brainstorm']);
    expect(reloaded.doc.getText('notes').toString()).toBe('Minutes: Agreed: parks first.');
  });

  it('does not store the state it loaded again', async () => {
    const first = await seededRoom();
    await closeRoom(first);
    const logged = await store.loadDocUpdates(WORKSHOP);
    const second = await loadRoom();
    await second.whenStored();
    await closeRoom(second);
    expect((await store.loadDocUpdates(WORKSHOP)).map((u) => Array.from(u))).toEqual(
      logged.map((u) => Array.from(u)),
    );
  });

  it('compacts the log after more than 500 updates, keeping the state', async () => {
    const room = await loadRoom();
    for (let i = 0; i < 520; i++) await room.change((doc) => doc.getMap('items').set(`item-${i}`, i));
    const logged = await store.loadDocUpdates(WORKSHOP);
    expect(logged.length).toBeLessThan(30);

    const stored = new Y.Doc();
    for (const update of logged) Y.applyUpdate(stored, update);
    expect(stored.getMap('items').size).toBe(520);
    expect(stored.getMap('items').get('item-519')).toBe(519);

    await closeRoom(room);
    const reloaded = await loadRoom();
    expect(reloaded.doc.getMap('items').toJSON()).toEqual(
      Object.fromEntries(Array.from({ length: 520 }, (_, i) => [`item-${i}`, i])),
    );
  });
});
