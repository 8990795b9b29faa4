/**
 * Issue 8 (Low): ideas must not be linkable by author. Every phone and the board download the whole
 * shared doc, so nothing in it may name, or encode, who wrote an idea, nor give two ideas of one
 * person anything in common that two people's ideas do not share. Phones still know their own ideas
 * (asked from the server), the server still enforces who may change what, and facilitators still
 * learn who wrote what, over a channel only they may use.
 */
import { createHash } from 'node:crypto';
import type { JoinResponse } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  rawCommand,
  startTestServer,
  synced,
  type TestServer,
  useTestServer,
  type YClient,
} from '../support/testServer.js';

/** Every way an id could sit in the doc's bytes: as is, hex, base64 and base64url, and hashed. */
function encodingsOf(id: string): string[] {
  const bytes = Buffer.from(id, 'utf8');
  return [
    id,
    bytes.toString('hex'),
    bytes.toString('base64').replace(/=+$/, ''),
    bytes.toString('base64url'),
    createHash('sha256').update(id).digest('hex'),
    createHash('sha256').update(id).digest('base64url'),
  ];
}

/** The whole replica as the server sent it: every byte a phone or the board holds. */
const replicaBytes = (client: YClient): string =>
  Buffer.from(Y.encodeStateAsUpdate(client.doc)).toString('latin1');

/** The raw entry of one item, every key as the doc holds it. */
function rawItem(client: YClient, itemId: string): Record<string, unknown> {
  const entry = client.doc.getMap('items').get(itemId);
  if (!(entry instanceof Y.Map)) throw new Error(`no item ${itemId}`);
  return entry.toJSON() as Record<string, unknown>;
}

/** What each idea legitimately has of its own: its id, words, time and place on the list. */
const OWN_FIELDS = new Set(['id', 'title', 'description', 'createdAt', 'rank']);

/** The fields whose values two items share, their own fields left aside. */
function sharedValues(a: Record<string, unknown>, b: Record<string, unknown>): Set<string> {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const same = new Set<string>();
  for (const key of keys) {
    if (OWN_FIELDS.has(key)) continue;
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) same.add(key);
  }
  return same;
}

describe('ideas cannot be linked by author (issue 8)', () => {
  let t: TestServer;
  let w: Awaited<ReturnType<typeof createWorkshop>>;
  let stageId: string;
  let hana: JoinResponse;
  let sami: JoinResponse;
  let hanaPhone: ClientSocket;
  let samiPhone: ClientSocket;
  let facilitator: ClientSocket;
  const hanaItems: string[] = [];
  let samiItem: string;
  const acks: object[] = [];
  const cleanup: Array<() => void> = [];

  beforeAll(async () => {
    t = await startTestServer();
    w = await createWorkshop(t.url, { title: 'Authors', locale: 'en', template: 'blank' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    stageId = board.view()?.meta.currentStageId as string;
    board.destroy();
    // Same group: the group is shown on purpose; anything beyond it would single Hana out.
    hana = await joinWorkshop(t.url, w.joinCode, { name: 'Hana', group: 'academia' });
    sami = await joinWorkshop(t.url, w.joinCode, { name: 'Sami', group: 'academia' });
    hanaPhone = await connectSocket(t.url, hana.token);
    samiPhone = await connectSocket(t.url, sami.token);
    facilitator = await connectSocket(t.url, w.facilitatorKey);
    cleanup.push(() => {
      for (const s of [hanaPhone, samiPhone, facilitator]) s.close();
    });
    for (const [socket, title, clientId] of [
      [hanaPhone, 'Bus lanes', 'hana-idea-1'],
      [hanaPhone, 'Shade trees', 'hana-idea-2'],
      [samiPhone, 'Night buses', 'sami-idea-1'],
    ] as const) {
      const added = await command(socket, 'item:add', { stageId, title, sdgs: [11], clientId });
      if (!added.ok) throw new Error(`add failed: ${JSON.stringify(added)}`);
      acks.push(added.item);
      if (socket === hanaPhone) hanaItems.push(added.item.id);
      else samiItem = added.item.id;
    }
  });

  afterAll(async () => {
    for (const c of cleanup) c();
    await t.stop();
  });

  it('leaves no trace of who wrote what in what the board and other phones download', async () => {
    for (const item of acks) expect(item).not.toHaveProperty('authorId');
    const board = connectYjs(t.url, w.id, w.boardToken);
    const samiReplica = connectYjs(t.url, w.id, sami.token);
    cleanup.push(
      () => board.destroy(),
      () => samiReplica.destroy(),
    );
    await Promise.all([synced(board), synced(samiReplica)]);
    for (const replica of [board, samiReplica]) {
      await eventually(() => replica.view()?.items.length === 3, 5_000, 'three ideas');
      const bytes = replicaBytes(replica);
      for (const id of [hana.participantId, sami.participantId]) {
        for (const encoded of encodingsOf(id)) expect(bytes).not.toContain(encoded);
      }
      for (const item of replica.view()?.items ?? []) expect(item).not.toHaveProperty('authorId');
      const [h1, h2] = hanaItems.map((id) => rawItem(replica, id)) as [
        Record<string, unknown>,
        Record<string, unknown>,
      ];
      const s1 = rawItem(replica, samiItem);
      // Whatever Hana's two ideas have in common, Hana's and Sami's ideas have in common too.
      expect([...sharedValues(h1, h2)].sort()).toEqual([...sharedValues(h1, s1)].sort());
      expect([...sharedValues(h1, h2)].sort()).toEqual([...sharedValues(h2, s1)].sort());
    }
  });

  it('tells each phone its own ideas, on a second device too, and nobody else’s', async () => {
    const hanaAgain = await connectSocket(t.url, hana.token);
    cleanup.push(() => hanaAgain.close());
    const mine = await command(hanaAgain, 'item:mine', {});
    expect(mine.ok).toBe(true);
    expect(mine.ok && [...mine.itemIds].sort()).toEqual([...hanaItems].sort());
    expect(await command(samiPhone, 'item:mine', {})).toEqual({ ok: true, itemIds: [samiItem] });

    // A new idea from one device is announced to the other at once.
    const pushed: string[][] = [];
    hanaAgain.on('item:mine', (message) => pushed.push([...message.itemIds]));
    const third = await command(hanaPhone, 'item:add', { stageId, title: 'Water fountains' });
    if (!third.ok) throw new Error('third idea refused');
    hanaItems.push(third.item.id);
    await eventually(() => pushed.some((ids) => ids.includes(third.item.id)), 5_000, 'item:mine push');
    expect(pushed.flat()).toEqual([third.item.id]);

    // Nobody but a participant asks for "mine"; nobody but the facilitator for the authors.
    const board = await connectSocket(t.url, w.boardToken);
    cleanup.push(() => board.close());
    for (const [socket, event] of [
      [board, 'item:mine'],
      [facilitator, 'item:mine'],
      [board, 'item:authors'],
      [hanaPhone, 'item:authors'],
    ] as const) {
      expect(await rawCommand(socket, event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('still lets only the author change an idea', async () => {
    const [hanaFirst] = hanaItems as [string];
    expect(await command(samiPhone, 'item:update', { itemId: hanaFirst, title: 'Mine now' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(samiPhone, 'item:withdraw', { itemId: hanaFirst })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await command(hanaPhone, 'item:update', { itemId: hanaFirst, title: 'Bus lanes (Zahran)' }),
    ).toMatchObject({ ok: true, item: { title: 'Bus lanes (Zahran)' } });
    expect(await command(hanaPhone, 'item:withdraw', { itemId: samiItem })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('tells the facilitator who wrote each idea, and pushes new ones', async () => {
    const authors = await command(facilitator, 'item:authors', {});
    if (!authors.ok) throw new Error(`item:authors refused: ${JSON.stringify(authors)}`);
    const byItem = new Map(authors.authors.map((a) => [a.itemId, a.participantId]));
    for (const id of hanaItems) expect(byItem.get(id)).toBe(hana.participantId);
    expect(byItem.get(samiItem)).toBe(sami.participantId);

    const pushed: Array<{ itemId: string; participantId: string }> = [];
    facilitator.on('item:authors', (message) => pushed.push(...message.authors));
    const more = await command(samiPhone, 'item:add', { stageId, title: 'Bike racks' });
    if (!more.ok) throw new Error('add refused');
    await eventually(() => pushed.length > 0, 5_000, 'item:authors push');
    expect(pushed).toEqual([{ itemId: more.item.id, participantId: sami.participantId }]);
    // The facilitator's own ideas have no author.
    const own = await command(facilitator, 'item:add', { stageId, title: 'From the facilitator' });
    if (!own.ok) throw new Error('facilitator add refused');
    const after = await command(facilitator, 'item:authors', {});
    expect(after.ok && after.authors.some((a) => a.itemId === own.item.id)).toBe(false);
  });
});

describe('a doc written before authors left it (schema 1) is migrated on load', () => {
  const t = useTestServer();

  it('moves each idea’s author to the server and out of the doc, and the author keeps their ideas', async () => {
    const w = await createWorkshop(t.url, { title: 'Old doc', locale: 'en', template: 'blank' });
    const hana = await joinWorkshop(t.url, w.joinCode, { name: 'Hana', group: 'government' });
    const sami = await joinWorkshop(t.url, w.joinCode, { name: 'Sami', group: 'government' });
    // What a schema-1 server wrote: the author's participant id on every item they added.
    const console_ = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(console_);
    const stageId = console_.view()?.meta.currentStageId as string;
    const oldItems: Array<[string, string, string]> = [
      ['oldHanaItem01', hana.participantId, 'Old idea one'],
      ['oldHanaItem02', hana.participantId, 'Old idea two'],
      ['oldSamiItem01', sami.participantId, 'Old idea three'],
    ];
    console_.doc.transact(() => {
      console_.doc.getMap('meta').set('schemaVersion', 1);
      oldItems.forEach(([id, authorId, title], i) => {
        const item = new Y.Map<unknown>();
        item.set('id', id);
        item.set('stageId', stageId);
        item.set('title', new Y.Text(title));
        item.set('description', new Y.Text(''));
        item.set('sdgs', [6]);
        item.set('status', 'active');
        item.set('createdAt', 1_700_000_000_000 + i);
        item.set('rank', i + 1);
        item.set('authorId', authorId);
        item.set('authorGroup', 'government');
        console_.doc.getMap('items').set(id, item);
      });
    });
    await eventually(async () => {
      const board = connectYjs(t.url, w.id, w.boardToken);
      await synced(board);
      const n = board.view()?.items.length;
      board.destroy();
      return n === 3;
    });
    console_.destroy();

    await t.restart();

    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    expect(board.view()?.items).toHaveLength(3);
    expect(board.view()?.meta.schemaVersion).toBe(2);
    const bytes = replicaBytes(board);
    for (const id of [hana.participantId, sami.participantId]) {
      for (const encoded of encodingsOf(id)) expect(bytes).not.toContain(encoded);
    }
    for (const [id] of oldItems) expect(rawItem(board, id)).not.toHaveProperty('authorId');

    const hanaPhone = await connectSocket(t.url, hana.token);
    const samiPhone = await connectSocket(t.url, sami.token);
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const mine = await command(hanaPhone, 'item:mine', {});
    expect(mine.ok && [...mine.itemIds].sort()).toEqual(['oldHanaItem01', 'oldHanaItem02']);
    expect(
      await command(hanaPhone, 'item:update', { itemId: 'oldHanaItem01', title: 'Still mine' }),
    ).toMatchObject({ ok: true });
    expect(
      await command(samiPhone, 'item:update', { itemId: 'oldHanaItem02', title: 'Not mine' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const authors = await command(facilitator, 'item:authors', {});
    expect(authors.ok && [...authors.authors].sort((a, b) => (a.itemId < b.itemId ? -1 : 1))).toEqual([
      { itemId: 'oldHanaItem01', participantId: hana.participantId },
      { itemId: 'oldHanaItem02', participantId: hana.participantId },
      { itemId: 'oldSamiItem01', participantId: sami.participantId },
    ]);
    for (const s of [hanaPhone, samiPhone, facilitator]) s.close();
    board.destroy();
  });
});
