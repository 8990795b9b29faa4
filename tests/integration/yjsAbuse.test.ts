/** Issue 8, item 5: read-only clients that ask for the whole doc again and again, many connections, a huge doc. */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  rawYjs,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

/** A sync step 1 with an empty state vector: "send me everything". */
function syncStep1(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(new Y.Doc()));
  return encoding.toUint8Array(encoder);
}

/** Sync step 2 answers are messages starting with [0, 1]. */
const step2s = (messages: Buffer[]) => messages.filter((m) => m[0] === 0 && m[1] === 1).length;

describe('the Yjs endpoint under abuse', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MAX_DOC_BYTES: '300000' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('answers a repeated sync step 1 once, not a hundred times', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const client = rawYjs(t.url, w.id, phone.token);
    await client.opened;
    for (let i = 0; i < 100; i++) client.ws.send(syncStep1());
    await new Promise((r) => setTimeout(r, 500));
    expect(step2s(client.received)).toBeLessThanOrEqual(2);
    client.ws.close();
  });

  it('keeps at most five Yjs connections per participant token, closing the oldest', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const clients: Array<ReturnType<typeof rawYjs>> = [];
    for (let i = 0; i < 12; i++) {
      const c = rawYjs(t.url, w.id, phone.token);
      await c.opened;
      await eventually(() => c.received.length > 0, 2_000, 'first message');
      clients.push(c);
    }
    await eventually(
      () => clients.filter((c) => c.ws.readyState === WebSocket.OPEN).length === 5,
      2_000,
      'five',
    );
    expect(clients.slice(-5).every((c) => c.ws.readyState === WebSocket.OPEN)).toBe(true);
    expect(await clients[0]?.closed).toBe(4429);
    for (const c of clients) c.ws.close();
  });

  it('refuses an update that would grow the doc past MAX_DOC_BYTES, and keeps serving everyone', async () => {
    const w = await createWorkshop(t.url);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await Promise.all([synced(facilitator), synced(board)]);
    facilitator.doc.getMap('meta').set('note', 'small');
    await eventually(() => board.doc.getMap('meta').get('note') === 'small', 2_000, 'small change');
    facilitator.doc.getMap('meta').set('blob', 'x'.repeat(400_000));
    await eventually(() => facilitator.closes.includes(4413), 3_000, 'closed with 4413');
    await new Promise((r) => setTimeout(r, 200));
    expect(board.doc.getMap('meta').get('blob')).toBeUndefined();
    expect(board.provider.wsconnected).toBe(true);
    facilitator.destroy();
    board.destroy();
  });

  it('measures the doc, not its log, before refusing: replaced content does not lock editors out', async () => {
    const w = await createWorkshop(t.url);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await Promise.all([synced(facilitator), synced(board)]);
    // 4 × 100 KB written and replaced: the log passes 300 KB, the doc stays small.
    for (let i = 0; i < 4; i++) {
      facilitator.doc.getMap('meta').set('draft', `${i}`.repeat(100_000));
      await eventually(
        () => (board.doc.getMap('meta').get('draft') as string | undefined)?.startsWith(`${i}`),
        3_000,
        `draft ${i}`,
      );
    }
    facilitator.doc.getMap('meta').set('draft', 'short');
    await eventually(() => board.doc.getMap('meta').get('draft') === 'short', 3_000, 'short draft');
    expect(facilitator.closes).toEqual([]);
    facilitator.destroy();
    board.destroy();
  });
});
