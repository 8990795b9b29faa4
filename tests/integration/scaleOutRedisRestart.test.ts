/**
 * Issue 11: Redis restarted mid-session (with the append-only file production runs with). Two
 * instances, the facilitator on A, the board and a phone on B: commands during the outage are
 * answered `unavailable` (none silently dropped: each got an answer, and none of them is in the doc
 * afterwards), `/healthz` says so, and both instances recover by themselves once Redis is back:
 * commands work again, the board gets what follows, nothing acknowledged before is lost, and a
 * fresh instance loads it all.
 */
import { hasRedisServer, startTestRedis, type TestRedis } from '@majlis/server/testRedis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type TestServer,
  type YClient,
} from '../support/testServer.js';

describe.skipIf(!hasRedisServer)('Redis restarted mid-session', () => {
  let redis: TestRedis;
  const servers: TestServer[] = [];
  const start = async () => {
    const t = await startTestServer({ env: { REDIS_URL: redis.url, REDIS_PREFIX: 'restart-test:' } });
    servers.push(t);
    return t;
  };
  beforeAll(async () => {
    redis = await startTestRedis({ persist: true });
  });
  afterAll(async () => {
    for (const t of servers) await t.stop().catch(() => undefined);
    await redis.close();
  });

  it('answers unavailable during the outage and recovers without restarting the instances', async () => {
    const [a, b] = [await start(), await start()];
    const w = await createWorkshop(a.url, { title: 'Restart', locale: 'en', template: 'vlr' });
    const facilitator = await connectSocket(a.url, w.facilitatorKey);
    const board = connectYjs(b.url, w.id, w.boardToken);
    await synced(board, 10_000);
    const brainstorm = board.view()?.stages[1]?.id as string;
    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const phone = await connectSocket(b.url, (await joinWorkshop(b.url, w.joinCode, { name: 'P' })).token);
    const titles = (client: YClient) => (client.view()?.items ?? []).map((item) => item.title).sort();
    for (const [socket, title] of [
      [facilitator, 'Before, from A'],
      [phone, 'Before, from B'],
    ] as const)
      expect(await command(socket, 'item:add', { stageId: brainstorm, title })).toMatchObject({ ok: true });
    await eventually(() => titles(board).length === 2, 5_000, 'the board has both');

    await redis.stop();
    const during = await Promise.all([
      command(facilitator, 'item:add', { stageId: brainstorm, title: 'During, from A' }),
      command(phone, 'item:add', { stageId: brainstorm, title: 'During, from B' }),
    ]);
    expect(during.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['unavailable', 'unavailable']);
    for (const t of [a, b]) expect((await api(t.url, '/healthz')).status).toBe(503);
    await redis.start();

    for (const t of [a, b])
      await eventually(async () => (await api(t.url, '/healthz')).status === 200, 15_000, 'healthy again');
    for (const [socket, title] of [
      [facilitator, 'After, from A'],
      [phone, 'After, from B'],
    ] as const) {
      await eventually(
        async () => {
          const r = await command(socket, 'item:add', { stageId: brainstorm, title });
          return r.ok ? r : undefined;
        },
        15_000,
        `${title} is taken`,
      );
    }
    const expected = ['After, from A', 'After, from B', 'Before, from A', 'Before, from B'];
    await eventually(() => titles(board).join('|') === expected.join('|'), 10_000, 'the board has all four');

    // A fresh instance loads everything from Redis: what was acknowledged, nothing that was refused.
    const c = await start();
    const fresh = connectYjs(c.url, w.id, w.boardToken);
    await synced(fresh, 10_000);
    expect(titles(fresh)).toEqual(expected);
    for (const client of [board, fresh]) client.destroy();
    for (const socket of [facilitator, phone]) socket.close();
  }, 90_000);
});
