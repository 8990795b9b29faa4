import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  joinWorkshop,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

describe('caps on ideas (issue 8: a flood of item:add)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { MAX_ITEMS_PER_STAGE: '5', MAX_ITEMS_PER_PARTICIPANT: '3' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('refuses ideas past the per-person and per-list caps with too_many, and still answers retries', async () => {
    const w = await createWorkshop(t.url, { title: 'Caps', locale: 'en', template: 'blank' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stageId = board.view()?.stages[0]?.id as string;
    const joinOne = async (name: string) =>
      connectSocket(t.url, (await joinWorkshop(t.url, w.joinCode, { name })).token);
    const [hana, sami] = [await joinOne('Hana'), await joinOne('Sami')];
    const add = (socket: Awaited<ReturnType<typeof joinOne>>, title: string, clientId?: string) =>
      command(socket, 'item:add', { stageId, title, ...(clientId ? { clientId } : {}) });

    for (let i = 1; i <= 3; i++) expect((await add(hana, `Hana ${i}`, `hana-00${i}`)).ok).toBe(true);
    expect(await add(hana, 'Hana 4')).toMatchObject({ ok: false, error: { code: 'too_many' } });
    // A resend of an idea that made it is still answered with it.
    expect(await add(hana, 'Hana 1', 'hana-001')).toMatchObject({ ok: true, item: { title: 'Hana 1' } });
    for (let i = 1; i <= 2; i++) expect((await add(sami, `Sami ${i}`)).ok).toBe(true);
    expect(await add(sami, 'Sami 3')).toMatchObject({ ok: false, error: { code: 'too_many' } });
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    expect(await add(facilitator, 'Facilitator')).toMatchObject({ ok: false, error: { code: 'too_many' } });
    expect(board.view()?.items.filter((i) => i.stageId === stageId)).toHaveLength(5);
    for (const s of [hana, sami, facilitator]) s.close();
    board.destroy();
  });

  it('holds both caps when one burst of adds arrives at once (authorship is counted before any write)', async () => {
    const w = await createWorkshop(t.url, { title: 'Burst', locale: 'en', template: 'blank' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stageId = board.view()?.stages[0]?.id as string;
    const phones = await Promise.all(
      ['Rana', 'Omar'].map(async (name) =>
        connectSocket(t.url, (await joinWorkshop(t.url, w.joinCode, { name })).token),
      ),
    );
    const answers = await Promise.all(
      phones.flatMap((socket, p) =>
        Array.from({ length: 6 }, (_, i) =>
          command(socket, 'item:add', { stageId, title: `Idea ${p}.${i}` }),
        ),
      ),
    );
    const accepted = answers.filter((a) => a.ok);
    expect(accepted).toHaveLength(5);
    expect(answers.filter((a) => !a.ok && a.error.code === 'too_many')).toHaveLength(7);
    const mine = await Promise.all(phones.map((socket) => command(socket, 'item:mine', {})));
    expect(mine.map((m) => (m.ok ? m.itemIds.length : -1)).sort()).toEqual([2, 3]);
    for (const socket of phones) socket.close();
    board.destroy();
  });
});
