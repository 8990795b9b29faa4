import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  rawYjs,
  synced,
  useTestServer,
} from '../support/testServer.js';

function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

describe('the Yjs endpoint', () => {
  const t = useTestServer();

  it('closes refused credentials with 44xx codes, and the stock client stops retrying', async () => {
    const a = await createWorkshop(t.url);
    const b = await createWorkshop(t.url);
    const cases: Array<[string, string, number]> = [
      [a.id, 'nonsense', 4401],
      [a.id, `${a.boardToken}x`, 4401],
      [b.id, a.boardToken, 4403],
      [b.id, a.facilitatorKey, 4403],
      ['bad id!', a.boardToken, 4404],
    ];
    for (const [id, token, code] of cases) {
      const client = connectYjs(t.url, id, token);
      const terminal = await new Promise<{ code: number }>((resolve) =>
        client.provider.once('closed', resolve),
      );
      expect({ id, code: terminal.code }).toEqual({ id, code });
      await new Promise((r) => setTimeout(r, 400));
      expect(client.closes).toEqual([code]); // no second attempt
      expect(client.provider.wsconnected).toBe(false);
      client.destroy();
    }
  });

  it('does not apply a participant’s write and closes its connection', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    const participant = connectYjs(t.url, w.id, phone.token);
    await Promise.all([synced(facilitator), synced(participant)]);
    const stagesBefore = facilitator.view()?.stages.length;

    participant.doc.getMap('meta').set('title', 'hacked');
    participant.doc.getMap('stages').delete(facilitator.view()?.stages[0]?.id as string);
    await eventually(() => participant.closes.includes(4409), 2_000, 'participant closed');

    await new Promise((r) => setTimeout(r, 100));
    expect(facilitator.view()?.meta.title).not.toBe('hacked');
    expect(facilitator.view()?.stages.length).toBe(stagesBefore);
    const fresh = connectYjs(t.url, w.id, w.boardToken);
    await synced(fresh);
    expect(fresh.view()?.meta.title).not.toBe('hacked');
    expect(fresh.view()?.stages.length).toBe(stagesBefore);
    for (const c of [facilitator, participant, fresh]) c.destroy();
  });

  it('lets a read-only client reconnect with its cached copy without being refused', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const participant = connectYjs(t.url, w.id, phone.token);
    await synced(participant);
    participant.provider.disconnect();
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    facilitator.doc.getMap('meta').set('title', 'changed while away');
    participant.provider.connect();
    await eventually(() => participant.view()?.meta.title === 'changed while away', 2_000, 'catch up');
    await new Promise((r) => setTimeout(r, 200));
    expect(participant.closes).toEqual([]);
    participant.destroy();
    facilitator.destroy();
  });

  it('relays a facilitator’s edits to everyone, and phones’ awareness to no one', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const f1 = connectYjs(t.url, w.id, w.facilitatorKey);
    const f2 = connectYjs(t.url, w.id, w.facilitatorKey);
    const participant = connectYjs(t.url, w.id, phone.token);
    await Promise.all([synced(f1), synced(f2), synced(participant)]);
    f1.doc.getMap('meta').set('title', 'Co-edited title');
    await eventually(
      () => participant.view()?.meta.title === 'Co-edited title',
      1_000,
      'participant sees edit',
    );
    await eventually(() => f2.view()?.meta.title === 'Co-edited title', 1_000, 'facilitator sees edit');

    f1.provider.awareness.setLocalStateField('user', { name: 'Facilitator 1' });
    participant.provider.awareness.setLocalStateField('user', { name: 'Phone' });
    await eventually(() => f2.provider.awareness.getStates().has(f1.doc.clientID), 1_000, 'editor awareness');
    await new Promise((r) => setTimeout(r, 200));
    expect(f2.provider.awareness.getStates().has(participant.doc.clientID)).toBe(false);
    expect(participant.provider.awareness.getStates().has(f1.doc.clientID)).toBe(false);
    for (const c of [f1, f2, participant]) c.destroy();
  });

  it.each([
    ['an empty update', syncUpdateMessage(new Uint8Array(0)), 4400],
    ['an unknown message type', Uint8Array.of(42, 1, 2), 4400],
    ['truncated bytes', Uint8Array.of(0, 2, 200), 4400],
    ['garbage update bytes', syncUpdateMessage(Uint8Array.of(255, 255, 255, 255, 1, 2, 3)), 4400],
    ['an empty frame', new Uint8Array(0), 4400],
    ['a frame over the size limit', new Uint8Array(2_000_000), 1009],
  ])(
    'closes a facilitator connection that sends %s, and others are unaffected',
    async (_name, message, code) => {
      const w = await createWorkshop(t.url);
      const bystander = connectYjs(t.url, w.id, w.boardToken);
      await synced(bystander);
      const raw = rawYjs(t.url, w.id, w.facilitatorKey);
      await raw.firstMessage;
      raw.ws.send(message);
      expect(await raw.closed).toBe(code);

      const facilitator = await connectSocket(t.url, w.facilitatorKey);
      const stageId = bystander.view()?.meta.currentStageId as string;
      const ack = await command(facilitator, 'item:add', { stageId, title: 'after the attack' });
      expect(ack.ok).toBe(true);
      await eventually(() => bystander.view()?.items.length === 1, 1_000, 'bystander still served');
      expect(bystander.closes).toEqual([]);
      facilitator.close();
      bystander.destroy();
    },
  );

  it('closes a connection that floods messages with 4429, and others are unaffected', async () => {
    const w = await createWorkshop(t.url);
    const bystander = connectYjs(t.url, w.id, w.boardToken);
    await synced(bystander);
    const raw = rawYjs(t.url, w.id, w.boardToken);
    await raw.firstMessage;
    // A sync step 1 asks the server for a full reply each time: the cheapest way to make it work hard.
    const step1 = Uint8Array.of(0, 0, 1, 0);
    for (let i = 0; i < 2_000 && raw.ws.readyState === raw.ws.OPEN; i++) raw.ws.send(step1);
    expect(await raw.closed).toBe(4429);
    const f = await connectSocket(t.url, w.facilitatorKey);
    const stageId = bystander.view()?.meta.currentStageId as string;
    expect(await command(f, 'item:add', { stageId, title: 'still served' })).toMatchObject({ ok: true });
    await eventually(() => bystander.view()?.items.length === 1, 2_000, 'bystander still served');
    f.close();
    bystander.destroy();
  });

  it('accepts a valid update from the facilitator over a raw socket', async () => {
    const w = await createWorkshop(t.url);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(board.doc));
    const before = Y.encodeStateVector(replica);
    replica.getMap('meta').set('title', 'from a raw socket');
    const raw = rawYjs(t.url, w.id, w.facilitatorKey);
    await raw.firstMessage;
    raw.ws.send(syncUpdateMessage(Y.encodeStateAsUpdate(replica, before)));
    await eventually(() => board.view()?.meta.title === 'from a raw socket', 1_000, 'applied');
    raw.ws.close();
    board.destroy();
  });
});
