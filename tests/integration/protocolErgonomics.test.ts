/**
 * What a stock client meets when it tries the API with the least it can send: a socket.io client
 * without `auth.protocol`, a vote configured with its kind and budget only.
 */
import { moveStage, PROTOCOL_VERSION } from '@majlis/shared';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import {
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  synced,
  useTestServer,
} from '../support/testServer.js';

/** A socket.io client with exactly this `auth`, as a stock client would open it. */
function connectWith(baseUrl: string, auth: Record<string, unknown>): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, { auth, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

describe('protocol ergonomics', () => {
  const t = useTestServer();

  it('takes a connection without `protocol` as the current version and refuses only another one', async () => {
    const w = await createWorkshop(t.url);
    const bare = await connectWith(t.url, { token: w.boardToken });
    expect(bare.connected).toBe(true);
    bare.close();
    const current = await connectWith(t.url, { token: w.boardToken, protocol: PROTOCOL_VERSION });
    current.close();
    await expect(
      connectWith(t.url, { token: w.boardToken, protocol: PROTOCOL_VERSION + 1 }),
    ).rejects.toMatchObject({ message: 'protocol_mismatch' });
    await expect(connectWith(t.url, { token: w.boardToken, protocol: '2' })).rejects.toMatchObject({
      message: 'protocol_mismatch',
    });
    // Without a protocol the credential is still checked.
    await expect(connectWith(t.url, { token: 'nonsense' })).rejects.toMatchObject({
      message: 'unauthorized',
    });
  });

  it('fills the documented defaults of minimal vote settings', async () => {
    const w = await createWorkshop(t.url, { title: 'Defaults', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const [, brainstorm, dots, scoring] = (board.view()?.stages ?? []).map((s) => s.id) as [
      string,
      string,
      string,
      string,
    ];
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const settingsOf = (stageId: string) =>
      board.view()?.stages.find((s) => s.id === stageId)?.vote?.settings;

    expect(
      await command(facilitator, 'vote:configure', { stageId: dots, settings: { kind: 'dots', budget: 3 } }),
    ).toMatchObject({ ok: true, stageId: dots });
    // Anonymous, results hidden until revealed, on the nearest list stage before the vote.
    await eventually(() => settingsOf(dots)?.budget === 3 || undefined);
    expect(settingsOf(dots)).toEqual({
      kind: 'dots',
      budget: 3,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: brainstorm },
    });
    // The nearest earlier list stage, not the nearest earlier stage: the dot vote lies between.
    expect(
      await command(facilitator, 'vote:configure', {
        stageId: scoring,
        settings: { kind: 'rank', rankTop: 3, results: 'live' },
      }),
    ).toMatchObject({ ok: true });
    await eventually(() => settingsOf(scoring)?.kind === 'rank' || undefined);
    expect(settingsOf(scoring)).toMatchObject({
      anonymous: true,
      results: 'live',
      source: { type: 'list', stageId: brainstorm },
    });
    // A poll votes on its own options.
    const options = [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
    ];
    expect(
      await command(facilitator, 'vote:configure', { stageId: scoring, settings: { kind: 'poll', options } }),
    ).toMatchObject({ ok: true });
    await eventually(() => settingsOf(scoring)?.kind === 'poll' || undefined);
    expect(settingsOf(scoring)).toMatchObject({
      anonymous: true,
      results: 'hidden',
      source: { type: 'options' },
    });
    // What the settings name is kept, and still checked.
    expect(
      await command(facilitator, 'vote:configure', {
        stageId: dots,
        settings: { kind: 'dots', budget: 2, anonymous: false },
      }),
    ).toMatchObject({ ok: true });
    await eventually(() => settingsOf(dots)?.budget === 2 || undefined);
    expect(settingsOf(dots)).toMatchObject({ anonymous: false, results: 'hidden' });
    expect(
      await command(facilitator, 'vote:configure', { stageId: dots, settings: { kind: 'dots' } }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });

    // With no list stage before it, a vote must name its source.
    const editor = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(editor);
    editor.doc.transact(() => moveStage(editor.doc, dots, 0));
    await eventually(() => board.view()?.stages[0]?.id === dots || undefined);
    expect(
      await command(facilitator, 'vote:configure', { stageId: dots, settings: { kind: 'dots', budget: 3 } }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    editor.destroy();
    facilitator.close();
    board.destroy();
  });
});
