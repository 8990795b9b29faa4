import type { ServerInfo, WorkshopSummary } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  api,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
  useTestServer,
} from '../support/testServer.js';

describe('a workshop end to end', () => {
  const t = useTestServer();

  it('creates a VLR workshop with its five stages and secret links', async () => {
    const w = await createWorkshop(t.url, { title: 'ورشة عمّان', locale: 'ar', template: 'vlr' });
    expect(w.joinCode).toMatch(/^\d{6}$/);
    expect(w.facilitatorKey.startsWith(`f.${w.id}.`)).toBe(true);
    expect(w.links.facilitate).toContain(`/w/${w.id}/facilitate#key=`);
    expect(w.links.board).toContain(`/w/${w.id}/board#token=`);
    expect(w.links.join).toMatch(new RegExp(`/join/${w.joinCode}#k=[A-Za-z0-9_-]{16}$`));

    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: w.facilitatorKey });
    expect(summary.status).toBe(200);
    expect(summary.body.title).toBe('ورشة عمّان');
    expect(summary.body.locale).toBe('ar');
    expect(summary.body.stages.map((s) => s.kind)).toEqual(['list', 'list', 'vote', 'vote', 'notes']);
    expect(summary.body.currentStageId).toBe(summary.body.stages[0]?.id);
    expect(summary.body.participants.total).toBe(0);
    // The facilitator can open the board from any device; nobody else gets its token this way.
    expect(summary.body.boardToken).toBe(w.boardToken);
    expect(summary.body.links?.board).toBe(w.links.board);
    const asBoard = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: w.boardToken });
    expect(asBoard.body.boardToken).toBeUndefined();
    expect(asBoard.body.links).toBeUndefined();
    // The board shows the join QR code, so it gets the join link's key, and so does the facilitator.
    expect(asBoard.body.joinKey).toBe(new URL(w.links.join).hash.slice('#k='.length));
    expect(summary.body.joinKey).toBe(asBoard.body.joinKey);
  });

  it('lets a phone join and add an idea that the board and console see within a second', async () => {
    const w = await createWorkshop(t.url, { title: 'VLR prep', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    const console_ = connectYjs(t.url, w.id, w.facilitatorKey);
    await Promise.all([synced(board), synced(console_)]);
    const stageId = board.view()?.meta.currentStageId;
    expect(stageId).toBeTruthy();

    const phone = await joinWorkshop(t.url, w.joinCode, { name: 'Lina', group: 'community', locale: 'en' });
    const socket = await connectSocket(t.url, phone.token);
    const started = Date.now();
    const ack = await command(socket, 'item:add', {
      stageId: stageId as string,
      title: 'ممرات آمنة للمشاة حول المدارس',
      description: 'Safe walking routes',
      sdgs: [11, 3, 4, 3],
    });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.item.title).toBe('ممرات آمنة للمشاة حول المدارس');
    expect(ack.item.sdgs).toEqual([3, 4, 11]);
    expect(ack.item.authorGroup).toBe('community');

    for (const client of [board, console_]) {
      const item = await eventually(
        () => client.view()?.items.find((i) => i.id === ack.item.id),
        1_000,
        'item',
      );
      expect(item.title).toBe('ممرات آمنة للمشاة حول المدارس');
    }
    expect(Date.now() - started).toBeLessThan(1_000);

    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: phone.token });
    expect(summary.status).toBe(200);
    expect(summary.body.participants.byGroup.community).toBe(1);
    expect(summary.body.present.total).toBe(1);

    socket.close();
    board.destroy();
    console_.destroy();
  });

  it('moves the room between stages and counts who is here by group', async () => {
    const w = await createWorkshop(t.url);
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const boardSocket = await connectSocket(t.url, w.boardToken);
    const presence: number[] = [];
    boardSocket.on('presence:update', (p) => presence.push(p.total));

    const a = await joinWorkshop(t.url, w.joinCode, { group: 'government' });
    const b = await joinWorkshop(t.url, w.joinCode, { group: 'un_agency' });
    const sa = await connectSocket(t.url, a.token);
    const sb = await connectSocket(t.url, b.token);
    const sa2 = await connectSocket(t.url, a.token); // a second tab of the same person
    await eventually(() => presence.at(-1) === 2, 2_000, 'two present');
    const counts = await command(boardSocket, 'presence:get', {});
    expect(counts.ok && counts.presence.byGroup).toMatchObject({ government: 1, un_agency: 1, academia: 0 });

    sb.close();
    await eventually(() => presence.at(-1) === 1, 3_000, 'one present after a tab closes');

    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const second = board.view()?.stages[1]?.id as string;
    const moved = await command(facilitator, 'stage:goto', { stageId: second });
    expect(moved).toEqual({ ok: true, stageId: second });
    await eventually(() => board.view()?.meta.currentStageId === second, 1_000, 'board follows');
    const summary = await api<WorkshopSummary>(t.url, `/api/workshops/${w.id}`, { token: w.boardToken });
    expect(summary.body.currentStageId).toBe(second);

    const forbidden = await command(sa, 'stage:goto', { stageId: second });
    expect(forbidden).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const boardWrite = await command(boardSocket, 'item:add', { stageId: second, title: 'x' });
    expect(boardWrite).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    for (const s of [sa, sa2, facilitator, boardSocket]) s.close();
    board.destroy();
  });

  it('tells clients where phones can reach the server', async () => {
    const info = await api<ServerInfo>(t.url, '/api/server-info');
    expect(info.status).toBe(200);
    expect(info.body.publicUrl).toBeNull();
    // The console says how long an ended workshop stays readable before the facilitator ends it.
    expect(info.body.endedGraceMs).toBe(24 * 3_600_000);
    // The test server listens on 127.0.0.1 only, so it offers no network address.
    expect(info.body.lanUrls).toEqual([]);
    const configured = await startTestServer({ env: { PUBLIC_URL: 'https://majlis.example.org/' } });
    const withPublic = await api<{ publicUrl: string | null }>(configured.url, '/api/server-info');
    expect(withPublic.body.publicUrl).toBe('https://majlis.example.org');
    const w = await createWorkshop(configured.url);
    expect(w.links.join).toMatch(new RegExp(`^https://majlis\\.example\\.org/join/${w.joinCode}#k=`));
    await configured.stop();
    const everywhere = await startTestServer({ env: { HOST: '0.0.0.0' } });
    const lan = await api<{ lanUrls: string[] }>(everywhere.url, '/api/server-info');
    const port = new URL(everywhere.url).port;
    for (const url of lan.body.lanUrls)
      expect(url).toMatch(new RegExp(`^http://\\d+\\.\\d+\\.\\d+\\.\\d+:${port}$`));
    await everywhere.stop();
  });

  it('adds an idea once when a phone retries with the same clientId', async () => {
    const w = await createWorkshop(t.url);
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const facilitator = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitator);
    const stageId = facilitator.view()?.meta.currentStageId as string;
    const payload = { stageId, title: 'Solar street lighting', clientId: 'retry-key-123' };
    const [first, second] = await Promise.all([
      command(socket, 'item:add', payload),
      command(socket, 'item:add', payload),
    ]);
    const third = await command(socket, 'item:add', payload);
    expect(first.ok && second.ok && third.ok).toBe(true);
    if (!first.ok || !third.ok) return;
    expect(third.item.id).toBe(first.item.id);
    await eventually(() => facilitator.view()?.items.length === 1 || undefined, 1_000, 'one item');
    await new Promise((r) => setTimeout(r, 100));
    expect(facilitator.view()?.items).toHaveLength(1);
    socket.close();
    facilitator.destroy();
  });

  it('refuses ideas on a stage that is not open for them', async () => {
    const w = await createWorkshop(t.url, { title: 'x', locale: 'en', template: 'vlr' });
    const facilitatorDoc = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(facilitatorDoc);
    const stages = facilitatorDoc.view()?.stages ?? [];
    const phone = await joinWorkshop(t.url, w.joinCode);
    const socket = await connectSocket(t.url, phone.token);
    const vote = stages.find((s) => s.kind === 'vote')?.id as string;
    const laterList = stages[1]?.id as string;
    expect(await command(socket, 'item:add', { stageId: vote, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_stage_kind' },
    });
    expect(await command(socket, 'item:add', { stageId: laterList, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'stage_closed' },
    });
    expect(await command(socket, 'item:add', { stageId: 'NoSuchStage123', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    socket.close();
    facilitatorDoc.destroy();
  });
});
