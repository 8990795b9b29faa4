/**
 * Issue 8 (Low): credentials can be ended and rotated. The facilitator ends a workshop (its code and
 * link stop at once, participants' commands are refused, guests' links expire after the grace
 * period) and rotates the facilitator key and the board link (old ones and their live connections
 * stop at once). Each step is in the audit chain. Real server, real clients.
 */
import {
  type CreateScribeResponse,
  type EndWorkshopResponse,
  type RotateBoardLinkResponse,
  type RotateFacilitatorKeyResponse,
  type WorkshopSummary,
  YjsCloseCode,
} from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
  type TestServer,
  useTestServer,
} from '../support/testServer.js';

type Refusal = { error: { code: string } };

const linkKey = (join: string) => new URLSearchParams(new URL(join).hash.slice(1)).get('k') ?? '';

function disconnected(socket: ClientSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

async function auditActions(t: TestServer, workshopId: string, key: string): Promise<string[]> {
  const res = await api<{ entries: Array<{ action: string }>; verify: { valid: boolean } }>(
    t.url,
    `/api/workshops/${workshopId}/audit`,
    { token: key },
  );
  expect(res.body.verify.valid).toBe(true);
  return res.body.entries.map((e) => e.action);
}

describe('ending a workshop', () => {
  const t = useTestServer();

  it('is for the facilitator only', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const other = await createWorkshop(t.url);
    for (const [token, status] of [
      [undefined, 401],
      [phone.token, 403],
      [w.boardToken, 403],
      [other.facilitatorKey, 403],
    ] as const) {
      for (const path of ['end', 'facilitator-key/rotate', 'board-link/rotate']) {
        const res = await api<Refusal>(t.url, `/api/workshops/${w.id}/${path}`, { method: 'POST', token });
        expect({ path, token, status: res.status }).toEqual({ path, token, status });
      }
    }
    expect((await api(t.url, `/api/join/${w.joinCode}`)).status).toBe(200);
  });

  it('stops the code and the link at once, refuses participants’ commands, and keeps reading open', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stageId = board.view()?.meta.currentStageId as string;

    const ended = await api<EndWorkshopResponse>(t.url, `/api/workshops/${w.id}/end`, {
      method: 'POST',
      token: w.facilitatorKey,
    });
    expect(ended.status).toBe(200);
    expect(ended.body.guestsUntil - ended.body.endedAt).toBe(24 * 3_600_000);

    for (const res of [
      await api<Refusal>(t.url, `/api/join/${w.joinCode}`),
      await api<Refusal>(t.url, `/api/join/${w.joinCode}?key=${linkKey(w.links.join)}`),
      await api<Refusal>(t.url, '/api/join', { body: { code: w.joinCode, name: 'Late', group: 'academia' } }),
      await api<Refusal>(t.url, '/api/join', {
        body: { code: w.joinCode, key: linkKey(w.links.join), name: 'Late', group: 'academia' },
      }),
    ]) {
      expect(res.status).toBe(410);
      expect(res.body.error.code).toBe('workshop_ended');
    }

    const add = await command(socket, 'item:add', { stageId, title: 'Too late', description: '', sdgs: [] });
    expect(add).toMatchObject({ ok: false, error: { code: 'workshop_ended' } });
    expect((await command(socket, 'clock:sync', {})).ok).toBe(true);
    expect((await command(socket, 'presence:get', {})).ok).toBe(true);

    // Everyone sees it has ended; the participant, the board and the facilitator still get in.
    await eventually(() => board.view()?.meta.endedAt === ended.body.endedAt, 3_000, 'ended in the doc');
    expect(board.view()?.meta.guestsUntil).toBe(ended.body.guestsUntil);
    const session = await api(t.url, '/api/session', { token: phone.token });
    expect(session.status).toBe(200);
    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(summary.body).toMatchObject({ endedAt: ended.body.endedAt, guestsUntil: ended.body.guestsUntil });
    expect((await api(t.url, `/api/workshops/${w.id}/export.json`, { token: w.facilitatorKey })).status).toBe(
      200,
    );

    // Ending again answers the same and logs once.
    const again = await api<EndWorkshopResponse>(t.url, `/api/workshops/${w.id}/end`, {
      method: 'POST',
      token: w.facilitatorKey,
    });
    expect(again.body).toEqual(ended.body);
    const actions = await auditActions(t, w.id, w.facilitatorKey);
    expect(actions.filter((a) => a === 'workshop_ended')).toHaveLength(1);
    socket.close();
    board.destroy();
  });
});

describe('after the grace period', () => {
  let t: TestServer;
  beforeAll(async () => {
    // 0.0005 h = 1.8 s.
    t = await startTestServer({ env: { ENDED_TOKEN_GRACE_HOURS: '0.0005' } });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('closes and refuses participant, scribe and board links, and keeps the facilitator key', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const scribe = await api<CreateScribeResponse>(t.url, `/api/workshops/${w.id}/scribes`, {
      body: { label: 'Rania' },
      token: w.facilitatorKey,
    });
    const guests = [phone.token, w.boardToken, scribe.body.token];
    const sockets = await Promise.all(guests.map((token) => connectSocket(t.url, token)));
    const docs = guests.map((token) => connectYjs(t.url, w.id, token));
    const facilitatorDoc = connectYjs(t.url, w.id, w.facilitatorKey);
    const facilitatorSocket = await connectSocket(t.url, w.facilitatorKey);
    await Promise.all([...docs, facilitatorDoc].map((d) => synced(d)));
    const cut = sockets.map((s) => disconnected(s));

    const ended = await api<EndWorkshopResponse>(t.url, `/api/workshops/${w.id}/end`, {
      method: 'POST',
      token: w.facilitatorKey,
    });
    // Within the grace period, a guest still opens it.
    const late = await connectSocket(t.url, phone.token);
    const lateCut = disconnected(late);

    expect(await Promise.all(cut)).toEqual(Array(3).fill('io server disconnect'));
    await lateCut;
    expect(Date.now()).toBeGreaterThanOrEqual(ended.body.guestsUntil - 50);
    for (const d of docs) {
      await eventually(() => d.closes.includes(YjsCloseCode.ended), 3_000, 'yjs closed with 4410');
    }
    for (const token of guests) {
      const session = await api<Refusal>(t.url, '/api/session', { token });
      expect(session.status).toBe(410);
      expect(session.body.error.code).toBe('workshop_ended');
      await expect(connectSocket(t.url, token)).rejects.toThrow('workshop_ended');
    }
    // The facilitator is untouched.
    expect(facilitatorSocket.connected).toBe(true);
    expect(facilitatorDoc.closes).toEqual([]);
    expect((await api(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).status).toBe(200);
    for (const s of [...sockets, late, facilitatorSocket]) s.close();
    for (const d of [...docs, facilitatorDoc]) d.destroy();
  });
});

describe('rotating credentials', () => {
  const t = useTestServer();

  it('gives a new facilitator key once; the old key and its connections stop at once', async () => {
    const w = await createWorkshop(t.url);
    const oldDoc = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(oldDoc);
    const oldSocket = await connectSocket(t.url, w.facilitatorKey);
    const cut = disconnected(oldSocket);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const phoneSocket = await connectSocket(t.url, phone.token);

    const rotated = await api<RotateFacilitatorKeyResponse>(
      t.url,
      `/api/workshops/${w.id}/facilitator-key/rotate`,
      { method: 'POST', token: w.facilitatorKey },
    );
    expect(rotated.status).toBe(200);
    const key = rotated.body.facilitatorKey;
    expect(key).toMatch(new RegExp(`^f\\.${w.id}\\.`));
    expect(key).not.toBe(w.facilitatorKey);
    expect(rotated.body.links.facilitate).toBe(
      `${t.url}/w/${w.id}/facilitate#key=${encodeURIComponent(key)}`,
    );

    expect(await cut).toBe('io server disconnect');
    await eventually(() => oldDoc.closes.includes(YjsCloseCode.unauthorized), 3_000, 'old key closed');
    expect((await api(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey })).status).toBe(401);
    await expect(connectSocket(t.url, w.facilitatorKey)).rejects.toThrow('unauthorized');
    const fresh = await connectSocket(t.url, key);
    expect((await api(t.url, `/api/workshops/${w.id}`, { token: key })).status).toBe(200);
    // Nobody else was touched.
    expect(phoneSocket.connected).toBe(true);
    expect(await auditActions(t, w.id, key)).toContain('facilitator_key_rotated');
    for (const s of [fresh, phoneSocket, oldSocket]) s.close();
    oldDoc.destroy();
  });

  it('moves the board to a new link; open boards are disconnected and the old token refused', async () => {
    const w = await createWorkshop(t.url);
    const oldBoard = connectYjs(t.url, w.id, w.boardToken);
    await synced(oldBoard);
    const oldSocket = await connectSocket(t.url, w.boardToken);
    const cut = disconnected(oldSocket);
    const console_ = await connectSocket(t.url, w.facilitatorKey);

    const rotated = await api<RotateBoardLinkResponse>(t.url, `/api/workshops/${w.id}/board-link/rotate`, {
      method: 'POST',
      token: w.facilitatorKey,
    });
    expect(rotated.status).toBe(200);
    const token = rotated.body.boardToken;
    expect(token).not.toBe(w.boardToken);
    expect(rotated.body.links.board).toBe(`${t.url}/w/${w.id}/board#token=${encodeURIComponent(token)}`);

    expect(await cut).toBe('io server disconnect');
    await eventually(() => oldBoard.closes.includes(YjsCloseCode.unauthorized), 3_000, 'old board closed');
    expect((await api(t.url, `/api/workshops/${w.id}`, { token: w.boardToken })).status).toBe(401);
    const fresh = connectYjs(t.url, w.id, token);
    await synced(fresh);
    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(summary.body.boardToken).toBe(token);
    expect(summary.body.links?.board).toBe(rotated.body.links.board);
    expect(console_.connected).toBe(true);

    // Twice: only the newest link opens the board.
    const second = await api<RotateBoardLinkResponse>(t.url, `/api/workshops/${w.id}/board-link/rotate`, {
      method: 'POST',
      token: w.facilitatorKey,
    });
    await eventually(() => fresh.closes.includes(YjsCloseCode.unauthorized), 3_000, 'second rotation');
    expect((await api(t.url, `/api/session`, { token })).status).toBe(401);
    expect((await api(t.url, `/api/session`, { token: second.body.boardToken })).status).toBe(200);
    const actions = await auditActions(t, w.id, w.facilitatorKey);
    expect(actions.filter((a) => a === 'board_link_rotated')).toHaveLength(2);
    for (const s of [console_, oldSocket]) s.close();
    for (const d of [oldBoard, fresh]) d.destroy();
  });

  it('keeps a rotated board link and an ended workshop across a restart', async () => {
    const dataTest = await startTestServer({ env: { ENDED_TOKEN_GRACE_HOURS: '1' } });
    try {
      const w = await createWorkshop(dataTest.url);
      const rotated = await api<RotateBoardLinkResponse>(
        dataTest.url,
        `/api/workshops/${w.id}/board-link/rotate`,
        { method: 'POST', token: w.facilitatorKey },
      );
      await api(dataTest.url, `/api/workshops/${w.id}/end`, { method: 'POST', token: w.facilitatorKey });
      await dataTest.restart();
      expect((await api(dataTest.url, '/api/session', { token: w.boardToken })).status).toBe(401);
      expect((await api(dataTest.url, '/api/session', { token: rotated.body.boardToken })).status).toBe(200);
      expect((await api(dataTest.url, `/api/join/${w.joinCode}`)).status).toBe(410);
    } finally {
      await dataTest.stop();
    }
  });
});
