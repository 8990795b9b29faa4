import {
  appendNotes,
  type CreateScribeResponse,
  findOutcome,
  notesPlainText,
  readNotes,
  type ScribeInfo,
  type SessionInfo,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  api,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  rawCommand,
  synced,
  type TestServer,
  useTestServer,
} from '../support/testServer.js';

async function newScribe(t: TestServer, workshopId: string, key: string, label = 'Rania, UN-Habitat') {
  const res = await api<CreateScribeResponse>(t.url, `/api/workshops/${workshopId}/scribes`, {
    body: { label },
    token: key,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('scribe links', () => {
  const t = useTestServer();

  it('are made, listed and revoked by the facilitator only', async () => {
    const w = await createWorkshop(t.url);
    const other = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const made = await newScribe(t, w.id, w.facilitatorKey);
    expect(made.token).toMatch(/^s\./);
    expect(made.link).toBe(`${t.url}/w/${w.id}/scribe#token=${encodeURIComponent(made.token)}`);
    expect(made.scribe).toMatchObject({ label: 'Rania, UN-Habitat', revokedAt: null });

    const path = `/api/workshops/${w.id}/scribes`;
    for (const [token, status] of [
      [undefined, 401],
      ['nonsense', 401],
      [phone.token, 403],
      [w.boardToken, 403],
      [made.token, 403],
      [other.facilitatorKey, 403],
    ] as const) {
      const created = await api<{ error: { code: string } }>(t.url, path, { body: {}, token });
      expect({ token, status: created.status }).toEqual({ token, status });
      expect(created.body.error.code).toBeTypeOf('string');
      expect((await api(t.url, path, { token })).status).toBe(status);
    }
    const bad = await api<{ error: { code: string } }>(t.url, path, {
      body: { label: 'x'.repeat(81) },
      token: w.facilitatorKey,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');

    const listed = await api<{ scribes: ScribeInfo[] }>(t.url, path, { token: w.facilitatorKey });
    expect(listed.body.scribes.map((s) => s.id)).toEqual([made.scribe.id]);
    const session = await api<SessionInfo>(t.url, '/api/session', { token: made.token });
    expect(session.body).toEqual({
      role: 'scribe',
      workshopId: w.id,
      scribe: { id: made.scribe.id, label: 'Rania, UN-Habitat' },
    });

    expect((await api(t.url, `${path}/nobody1`, { method: 'DELETE', token: w.facilitatorKey })).status).toBe(
      404,
    );
    expect(
      (await api(t.url, `${path}/${made.scribe.id}`, { method: 'DELETE', token: phone.token })).status,
    ).toBe(403);
    const revoked = await api<{ scribe: ScribeInfo }>(t.url, `${path}/${made.scribe.id}`, {
      method: 'DELETE',
      token: w.facilitatorKey,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.scribe.revokedAt).toBeTypeOf('number');
    expect((await api(t.url, '/api/session', { token: made.token })).status).toBe(401);
    await expect(connectSocket(t.url, made.token)).rejects.toThrow();
  });

  it('cuts a revoked scribe’s live connections at once', async () => {
    const w = await createWorkshop(t.url);
    const made = await newScribe(t, w.id, w.facilitatorKey);
    const scribeDoc = connectYjs(t.url, w.id, made.token);
    const scribeSocket = await connectSocket(t.url, made.token);
    await synced(scribeDoc);
    const dropped = new Promise<string>((resolve) => scribeSocket.once('disconnect', resolve));
    await api(t.url, `/api/workshops/${w.id}/scribes/${made.scribe.id}`, {
      method: 'DELETE',
      token: w.facilitatorKey,
    });
    expect(await dropped).toBe('io server disconnect');
    await eventually(() => scribeDoc.closes.includes(4401), 2_000, 'yjs closed with 4401');
    scribeDoc.destroy();
    scribeSocket.close();
  });
});

describe('a scribe', () => {
  const t = useTestServer();

  it('types into the notes with the facilitator, and both see all of it', async () => {
    const w = await createWorkshop(t.url);
    const scribe = await newScribe(t, w.id, w.facilitatorKey);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    const writer = connectYjs(t.url, w.id, scribe.token);
    await Promise.all([synced(facilitator), synced(writer)]);
    const notesStage = facilitator.view()?.stages.find((s) => s.kind === 'notes')?.id as string;
    appendNotes(writer.doc, notesStage, [
      { type: 'paragraph', inlines: [{ text: 'قرار: اعتماد الأولويات' }] },
    ]);
    appendNotes(facilitator.doc, notesStage, [
      { type: 'paragraph', inlines: [{ text: 'Next: baseline data' }] },
    ]);
    for (const client of [facilitator, writer]) {
      await eventually(
        () => notesPlainText(readNotes(client.doc, notesStage)).split('\n').length === 2,
        3_000,
        'both paragraphs',
      );
      expect(notesPlainText(readNotes(client.doc, notesStage)).split('\n').sort()).toEqual(
        ['Next: baseline data', 'قرار: اعتماد الأولويات'].sort(),
      );
    }
    expect(writer.closes).toEqual([]);
    facilitator.destroy();
    writer.destroy();
  });

  it('is cut off, with nothing applied, when it writes outside the notes and outcomes', async () => {
    const w = await createWorkshop(t.url);
    const scribe = await newScribe(t, w.id, w.facilitatorKey);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    const first = facilitator.view()?.stages[0]?.id as string;
    const last = facilitator.view()?.stages.at(-1)?.id as string;
    const attempts: Array<(doc: import('yjs').Doc) => void> = [
      (doc) => doc.getMap('meta').set('currentStageId', last),
      (doc) => doc.getMap('stages').delete(first),
      (doc) => doc.getMap('meta').set('title', 'hacked'),
    ];
    for (const attempt of attempts) {
      const writer = connectYjs(t.url, w.id, scribe.token);
      await synced(writer);
      attempt(writer.doc);
      await eventually(() => writer.closes.includes(4403), 2_000, 'scribe closed with 4403');
      await new Promise((r) => setTimeout(r, 300));
      expect(writer.closes).toEqual([4403]); // the stock client does not come back
      writer.destroy();
    }
    const view = facilitator.view();
    expect(view?.meta.currentStageId).toBe(first);
    expect(view?.meta.title).toBe('ورشة الاختبار');
    expect(view?.stages.map((s) => s.id)).toContain(first);
    facilitator.destroy();
  });

  it('records, changes and removes outcomes, and may do nothing else over commands', async () => {
    const w = await createWorkshop(t.url);
    const scribe = await newScribe(t, w.id, w.facilitatorKey);
    const socket = await connectSocket(t.url, scribe.token);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    const stages = facilitator.view()?.stages ?? [];
    const notesStage = stages.find((s) => s.kind === 'notes')?.id as string;
    const voteStage = stages.find((s) => s.kind === 'vote')?.id as string;
    const listStage = stages.find((s) => s.kind === 'list')?.id as string;
    const boss = await connectSocket(t.url, w.facilitatorKey);
    const idea = await command(boss, 'item:add', { stageId: listStage, title: 'Parks', sdgs: [11] });
    if (!idea.ok) throw new Error('item:add failed');

    const added = await command(socket, 'outcome:add', {
      kind: 'action',
      text: 'جمع بيانات خط الأساس',
      stageId: notesStage,
      owner: 'Urban Observatory',
      organization: 'GAM',
      due: '2027-01-31',
      itemIds: [idea.item.id],
      sdgs: [11, 17],
      clientId: 'retry-me-1',
    });
    if (!added.ok) throw new Error(JSON.stringify(added.error));
    expect(added.outcome).toMatchObject({
      kind: 'action',
      text: 'جمع بيانات خط الأساس',
      stageId: notesStage,
      owner: 'Urban Observatory',
      organization: 'GAM',
      due: '2027-01-31',
      status: 'open',
      itemIds: [idea.item.id],
      sdgs: [11, 17],
    });
    const again = await command(socket, 'outcome:add', {
      kind: 'action',
      text: 'twice?',
      clientId: 'retry-me-1',
    });
    expect(again.ok && again.outcome.id).toBe(added.outcome.id);
    await eventually(() => findOutcome(facilitator.doc, added.outcome.id), 2_000, 'outcome in the doc');

    const changed = await command(socket, 'outcome:update', {
      outcomeId: added.outcome.id,
      status: 'in_progress',
      due: '',
      stageId: '',
    });
    expect(changed.ok && changed.outcome).toMatchObject({ status: 'in_progress', due: null, stageId: null });

    const refusals: Array<[string, unknown, string]> = [
      ['outcome:add', { kind: 'decision', text: '' }, 'bad_request'],
      ['outcome:add', { kind: 'action', text: 'x', due: '2027-02-30' }, 'bad_request'],
      ['outcome:add', { kind: 'action', text: 'x', itemIds: ['nosuch1'] }, 'unknown_item'],
      ['outcome:add', { kind: 'action', text: 'x', stageId: 'nosuch1' }, 'not_found'],
      ['outcome:add', { kind: 'vote', text: 'x' }, 'bad_request'],
      ['outcome:update', { outcomeId: 'nosuch1', text: 'x' }, 'not_found'],
      ['outcome:update', { outcomeId: added.outcome.id }, 'bad_request'],
      ['outcome:remove', { outcomeId: 'nosuch1' }, 'not_found'],
      ['stage:goto', { stageId: voteStage }, 'forbidden'],
      ['vote:open', { stageId: voteStage }, 'forbidden'],
      ['item:add', { stageId: listStage, title: 'sneaky' }, 'forbidden'],
      ['item:update', { itemId: idea.item.id, title: 'sneaky' }, 'forbidden'],
      ['timer:control', { stageId: listStage, action: 'start' }, 'forbidden'],
      [
        'vote:cast',
        { stageId: voteStage, ballot: { kind: 'dots', allocations: {} }, clientVoteId: 'v-000001' },
        'forbidden',
      ],
    ];
    for (const [event, payload, code] of refusals) {
      const ack = (await rawCommand(socket as never, event, payload)) as {
        ok: boolean;
        error?: { code: string };
      };
      expect({ event, payload, ok: ack.ok, code: ack.error?.code }).toEqual({
        event,
        payload,
        ok: false,
        code,
      });
    }
    const removed = await command(socket, 'outcome:remove', { outcomeId: added.outcome.id });
    expect(removed).toEqual({ ok: true, outcomeId: added.outcome.id });
    await eventually(() => !findOutcome(facilitator.doc, added.outcome.id), 2_000, 'outcome gone');
    socket.close();
    boss.close();
    facilitator.destroy();
  });

  it('is the only one besides the facilitator who may record outcomes', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    for (const token of [phone.token, w.boardToken]) {
      const socket = await connectSocket(t.url, token);
      for (const event of ['outcome:add', 'outcome:update', 'outcome:remove'] as const) {
        const payload =
          event === 'outcome:add' ? { kind: 'decision', text: 'x' } : { outcomeId: 'outcome_1', text: 'x' };
        const ack = (await rawCommand(socket as never, event, payload)) as { error?: { code: string } };
        expect(ack.error?.code).toBe('forbidden');
      }
      socket.close();
    }
    const boss = await connectSocket(t.url, w.facilitatorKey);
    const ack = await command(boss, 'outcome:add', { kind: 'decision', text: 'Adopt the top five' });
    expect(ack.ok).toBe(true);
    boss.close();
  });
});

describe('joining', () => {
  const t = useTestServer();

  it('keeps whether the person agreed to be named in the minutes', async () => {
    const w = await createWorkshop(t.url);
    const refused = await api(t.url, '/api/join', {
      body: { code: w.joinCode, name: 'x', group: 'other', nameInMinutes: 'yes' },
    });
    expect(refused.status).toBe(400);
    const joined = await api<{ participantId: string }>(t.url, '/api/join', {
      body: { code: w.joinCode, name: 'Salma', group: 'academia', nameInMinutes: true },
    });
    expect(joined.status).toBe(201);
    const records = await t.server.store.listParticipants(w.id);
    expect(records.find((p) => p.id === joined.body.participantId)?.nameInMinutes).toBe(true);
  });
});
