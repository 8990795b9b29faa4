/**
 * Issue 11 through a load balancer: two instances behind nginx (configured as docs/operations.md
 * says, no sticky sessions), every client connecting only through nginx. One instance is killed with
 * SIGKILL mid-session: its clients reconnect through nginx to the other, and nothing acknowledged is
 * lost.
 */
import { hasRedisServer, startTestRedis, type TestRedis } from '@majlis/server/testRedis';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/serverProcess.js';
import { nginxBinary, startTestNginx } from '../support/testNginx.js';
import {
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
  type YClient,
} from '../support/testServer.js';

describe.skipIf(!hasRedisServer || !nginxBinary)('scale-out behind nginx', () => {
  const cleanups: Array<() => unknown> = [];
  let redis: TestRedis | undefined;
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await redis?.stop();
  });

  it('survives losing an instance: clients reconnect through nginx, nothing acknowledged is lost', async () => {
    redis = await startTestRedis();
    const env = { REDIS_URL: redis.url, REDIS_PREFIX: 'nginx-test:' };
    const doomed = await startServerProcess(env);
    cleanups.push(() => (doomed.child.signalCode === null ? doomed.stop() : undefined));
    const survivor = await startTestServer({ env });
    cleanups.push(() => survivor.stop());
    const nginx = await startTestNginx([doomed.url, survivor.url]);
    cleanups.push(() => nginx.stop());
    const url = nginx.url;

    const w = await createWorkshop(url, { title: 'Behind nginx', locale: 'en', template: 'vlr' });
    const yjs = (token: string): YClient => {
      const client = connectYjs(url, w.id, token);
      cleanups.push(() => client.destroy());
      return client;
    };
    const board = yjs(w.boardToken);
    await synced(board, 10_000);
    const brainstorm = board.view()?.stages[1]?.id as string;
    const facilitator = await connectSocket(url, w.facilitatorKey);
    cleanups.push(() => facilitator.close());
    expect(await command(facilitator, 'stage:goto', { stageId: brainstorm })).toMatchObject({ ok: true });

    const phones: ClientSocket[] = [];
    for (let i = 0; i < 4; i++) {
      const socket = await connectSocket(url, (await joinWorkshop(url, w.joinCode, { name: `P${i}` })).token);
      cleanups.push(() => socket.close());
      phones.push(socket);
    }
    const acked: string[] = [];
    let stop = false;
    const senders = phones.map(async (socket, p) => {
      for (let i = 0; !stop; i++) {
        const clientId = `p${p}-idea-${i}`.padEnd(16, 'x');
        // Resent with the same clientId until acknowledged, as the phone's outbox does.
        for (;;) {
          const r = await command(socket, 'item:add', {
            stageId: brainstorm,
            title: `P${p} idea ${i}`,
            clientId,
          }).catch(() => undefined);
          if (r?.ok) {
            acked.push(r.item.id);
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
    await eventually(() => acked.length >= 12, 10_000, 'ideas flowing through nginx');
    doomed.child.kill('SIGKILL');
    const atKill = acked.length;
    await eventually(
      () => phones.every((s) => s.connected) && acked.length >= atKill + 12,
      20_000,
      'more after',
    );
    stop = true;
    await Promise.all(senders);

    await eventually(() => board.provider.synced || undefined, 10_000, 'board back');
    const ids = (client: YClient) => new Set(client.view()?.items.map((item) => item.id));
    await eventually(() => acked.every((id) => ids(board).has(id)), 10_000, 'the board has every idea');
    expect(new Set(acked).size).toBe(acked.length);
    const late = yjs((await joinWorkshop(url, w.joinCode)).token);
    await synced(late, 10_000);
    expect(acked.filter((id) => !ids(late).has(id))).toEqual([]);
    // Each idea once, though some were sent more than once.
    expect(late.view()?.items.length).toBe(acked.length);
  });
});
