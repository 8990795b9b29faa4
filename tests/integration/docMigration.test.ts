/**
 * A doc written by an older schema is brought up to date when the server loads it, before any client
 * sees it: here a version-0 doc whose ideas still name their authors.
 */
import { addItem, SCHEMA_VERSION } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  joinWorkshop,
  synced,
  useTestServer,
} from '../support/testServer.js';

describe('doc migration on load', () => {
  const t = useTestServer();

  it('migrates a version-0 doc when the server loads it, moving authors out of the doc', async () => {
    const w = await createWorkshop(t.url, { title: 'Old', locale: 'en', template: 'blank' });
    const phone = await joinWorkshop(t.url, w.joinCode);
    // What an old server left in the store: the workshop at schema 0, an idea naming its author.
    const { store } = t.server;
    const old = new Y.Doc();
    for (const update of await store.loadDocUpdates(w.id)) Y.applyUpdate(old, update);
    const before = Y.encodeStateVector(old);
    const stageId = [...old.getMap('stages').keys()][0];
    if (!stageId) throw new Error('the blank workshop has no stage');
    old.transact(() => {
      old.getMap('meta').set('schemaVersion', 0);
      addItem(old, { id: 'old-idea', stageId, title: 'Old idea', description: '', sdgs: [], createdAt: 1 });
      (old.getMap('items').get('old-idea') as Y.Map<unknown>).set('authorId', phone.participantId);
    });
    await store.appendDocUpdate(w.id, Y.encodeStateAsUpdate(old, before));
    await t.restart();

    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    expect(board.doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(board.view()?.items.map((i) => i.id)).toContain('old-idea');
    expect((board.doc.getMap('items').get('old-idea') as Y.Map<unknown>).has('authorId')).toBe(false);
    // The author moved to the server: the phone still finds its idea its own.
    const socket = await connectSocket(t.url, phone.token);
    expect(await command(socket, 'item:mine', {})).toEqual({ ok: true, itemIds: ['old-idea'] });
    socket.close();
    board.destroy();
  });
});
