/**
 * Issue 11: several server processes on one Redis serve the same workshops as one. Three instances
 * (each with a data directory of its own, unused: everything lives in Redis): the facilitator's
 * socket on A, the board's Yjs on B, phones spread over A, B and C. Ideas, edits and ballots
 * converge everywhere and tallies are exact; an instance stopped and a fresh one started loads
 * everything from Redis. A Redis that stops answering makes commands fail as `unavailable` and
 * `/healthz` report it, and both recover by themselves.
 */
import { randomUUID } from 'node:crypto';
import { hasRedisServer, startTestRedis, type TestRedis } from '@majlis/server/testRedis';
import type { VoteResults } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/serverProcess.js';
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
  type YClient,
} from '../support/testServer.js';

const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);

describe.skipIf(!hasRedisServer)('scale-out on Redis', () => {
  let redis: TestRedis;
  const servers: TestServer[] = [];
  const cleanups: Array<() => unknown> = [];
  const start = async () => {
    const t = await startTestServer({ env: { REDIS_URL: redis.url, REDIS_PREFIX: 'scale-test:' } });
    servers.push(t);
    return t;
  };
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    for (const t of servers) await t.stop().catch(() => undefined);
    await redis.stop();
  });
  const socketOn = async (t: TestServer | string, token: string) => {
    const socket = await connectSocket(typeof t === 'string' ? t : t.url, token);
    cleanups.push(() => socket.close());
    return socket;
  };
  const yjsOn = async (t: TestServer, workshopId: string, token: string) => {
    const client = connectYjs(t.url, workshopId, token);
    cleanups.push(() => client.destroy());
    await synced(client, 10_000);
    return client;
  };

  it('three instances converge on ideas, edits and votes; a fresh instance loads it all from Redis', async () => {
    const [a, b, c] = [await start(), await start(), await start()] as [TestServer, TestServer, TestServer];
    const w = await createWorkshop(a.url, { title: 'Scale-out', locale: 'en', template: 'vlr' });
    const facilitator = await socketOn(a, w.facilitatorKey);
    const tallies: VoteResults[] = [];
    facilitator.on('vote:tally', ({ results }) => tallies.push(results));
    const consoleDoc = await yjsOn(a, w.id, w.facilitatorKey);
    const board = await yjsOn(b, w.id, w.boardToken);
    const stages = board.view()?.stages ?? [];
    const brainstorm = stages[1]?.id as string;
    const dots = stages[2]?.id as string;
    expect(await command(facilitator, 'stage:goto', { stageId: brainstorm })).toMatchObject({ ok: true });

    // Six phones, two on each instance, each joining through the instance it then talks to.
    const instances = [a, b, c, a, b, c];
    const phones: Array<{ socket: ClientSocket; participantId: string }> = [];
    const phoneTokens: string[] = [];
    for (const [i, t] of instances.entries()) {
      const joined = await joinWorkshop(t.url, w.joinCode, { name: `Phone ${i}`, group: 'academia' });
      phones.push({ socket: await socketOn(t, joined.token), participantId: joined.participantId });
      phoneTokens.push(joined.token);
    }
    const phoneView = await yjsOn(c, w.id, (await joinWorkshop(c.url, w.joinCode)).token);
    // Presence counts each phone once, whichever instance it is on, and reaches the console on A.
    const presentOn = async (socket: ClientSocket) => {
      const r = await command(socket, 'presence:get', {});
      return r.ok ? r.presence.total : -1;
    };
    await eventually(async () => (await presentOn(facilitator)) === 6, 5_000, 'six present, seen from A');

    const added = await Promise.all(
      phones.map((p, i) => command(p.socket, 'item:add', { stageId: brainstorm, title: `Idea ${i}` })),
    );
    const itemIds = added.map((r) => (r.ok ? r.item.id : ''));
    expect(itemIds.every(Boolean)).toBe(true);
    const titlesOf = (client: YClient) =>
      (client.view()?.items ?? [])
        .map((item) => item.title)
        .sort()
        .join('|');
    const expected = ['Idea 0', 'Idea 1', 'Idea 2', 'Idea 3', 'Idea 4', 'Idea 5'].join('|');
    for (const client of [board, consoleDoc, phoneView])
      await eventually(() => titlesOf(client) === expected, 5_000, 'every replica has every idea');

    // A participant's edit on C, the facilitator's edit (socket on A) of an idea added on B, and the
    // facilitator's direct Yjs edit on A.
    expect(
      await command((phones[2] as { socket: ClientSocket }).socket, 'item:update', {
        itemId: itemIds[2] as string,
        title: 'Idea 2, edited',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await command(facilitator, 'item:update', { itemId: itemIds[1] as string, title: 'Idea 1, merged' }),
    ).toMatchObject({ ok: true });
    consoleDoc.doc.getMap('meta').set('title', 'Renamed on A');
    const edited = ['Idea 0', 'Idea 1, merged', 'Idea 2, edited', 'Idea 3', 'Idea 4', 'Idea 5'].join('|');
    for (const client of [board, consoleDoc, phoneView]) {
      await eventually(() => titlesOf(client) === edited, 5_000, 'edits reach every replica');
      await eventually(() => client.view()?.meta.title === 'Renamed on A', 5_000, 'title everywhere');
    }

    // Phone 0 added its idea on A and comes back through C (no sticky sessions): C knows the idea is
    // theirs, so they may edit it there.
    const movedTo = await socketOn(c, phoneTokens[0] as string);
    // Connected to A and C at once, phone 0 still counts once.
    expect(await presentOn(movedTo)).toBe(6);
    expect(await command(movedTo, 'item:mine', {})).toMatchObject({ ok: true, itemIds: [itemIds[0]] });
    expect(
      await command(movedTo, 'item:update', { itemId: itemIds[0] as string, description: 'from C' }),
    ).toMatchObject({ ok: true });
    await eventually(
      () => board.view()?.items.find((i) => i.id === itemIds[0])?.description === 'from C',
      5_000,
      'the edit made on C reaches the board on B',
    );

    // Votes: each phone puts its dot on idea 0 or idea 3, on its own instance.
    expect(await command(facilitator, 'stage:goto', { stageId: dots })).toMatchObject({ ok: true });
    expect(await command(facilitator, 'vote:open', { stageId: dots })).toMatchObject({ ok: true });
    const casts = await Promise.all(
      phones.map((p, i) =>
        command(p.socket, 'vote:cast', {
          stageId: dots,
          ballot: { kind: 'dots', allocations: { [itemIds[i % 2 === 0 ? 0 : 3] as string]: 1 } },
          clientVoteId: voteId(),
        }),
      ),
    );
    expect(casts.every((r) => r.ok)).toBe(true);
    const results = async (t: TestServer) =>
      (
        await api<{ results: VoteResults }>(t.url, `/api/workshops/${w.id}/stages/${dots}/results`, {
          token: w.facilitatorKey,
        })
      ).body.results;
    for (const t of [a, b, c]) {
      const r = await results(t);
      expect(r.voters).toBe(6);
      expect(JSON.stringify(r.overall)).toBe(JSON.stringify((await results(a)).overall));
    }
    // Tallies counted on B and C reach the facilitator's socket on A; the last one is exact.
    await eventually(() => tallies.at(-1)?.voters === 6, 5_000, 'the facilitator gets the full tally');

    // C goes away; a fresh instance starts on the same Redis and serves everything from it.
    await c.stop();
    // Phones 2 and 5 were on C only; phone 0 is still on A.
    await eventually(async () => (await presentOn(facilitator)) === 4, 5_000, 'C took its phones away');
    const d = await start();
    const fresh = await yjsOn(d, w.id, w.boardToken);
    expect(titlesOf(fresh)).toBe(edited);
    expect(fresh.view()?.meta.title).toBe('Renamed on A');
    expect((await results(d)).voters).toBe(6);
    const late = await joinWorkshop(d.url, w.joinCode, { name: 'Late', group: 'government' });
    const lateSocket = await socketOn(d, late.token);
    expect(
      await command(lateSocket, 'vote:cast', {
        stageId: dots,
        ballot: { kind: 'dots', allocations: { [itemIds[0] as string]: 1 } },
        clientVoteId: voteId(),
      }),
    ).toMatchObject({ ok: true });
    await eventually(async () => (await results(b)).voters === 7, 5_000, 'B counts the ballot cast on D');
    await eventually(() => tallies.at(-1)?.voters === 7, 5_000, 'A hears the tally counted on D');
  });

  it('loses nothing acknowledged when an instance is killed with SIGKILL mid-session', async () => {
    const doomed = await startServerProcess({ REDIS_URL: redis.url, REDIS_PREFIX: 'scale-test:' });
    cleanups.push(() => (doomed.child.signalCode === null ? doomed.stop() : undefined));
    const other = await start();
    const w = await createWorkshop(doomed.url, { title: 'Kill -9', locale: 'en', template: 'vlr' });
    const watcher = await yjsOn(other, w.id, w.boardToken);
    const brainstorm = watcher.view()?.stages[1]?.id as string;
    const facilitator = await socketOn(doomed.url, w.facilitatorKey);
    expect(await command(facilitator, 'stage:goto', { stageId: brainstorm })).toMatchObject({ ok: true });
    const phone = await socketOn(doomed.url, (await joinWorkshop(doomed.url, w.joinCode)).token);
    const acked: string[] = [];
    const sending = (async () => {
      for (let i = 0; i < 200; i++) {
        const r = await command(phone, 'item:add', { stageId: brainstorm, title: `idea ${i}` }).catch(
          () => undefined,
        );
        if (!r?.ok) return;
        acked.push(r.item.id);
      }
    })();
    await eventually(() => acked.length >= 10, 10_000, 'ideas flowing');
    doomed.child.kill('SIGKILL');
    await sending;

    // Everything acknowledged is in Redis: the other instance has it, and so does a fresh one.
    await eventually(
      () => acked.every((id) => watcher.view()?.items.some((item) => item.id === id)),
      5_000,
      'the surviving instance has every acknowledged idea',
    );
    const fresh = await start();
    const loaded = await yjsOn(fresh, w.id, w.boardToken);
    const ids = new Set(loaded.view()?.items.map((item) => item.id));
    expect(acked.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives a participant one command budget, not one per instance', async () => {
    const [a, b] = [await start(), await start()] as [TestServer, TestServer];
    const w = await createWorkshop(a.url, { title: 'Budget', locale: 'en', template: 'vlr' });
    const joined = await joinWorkshop(a.url, w.joinCode);
    const [onA, onB] = [await socketOn(a, joined.token), await socketOn(b, joined.token)];
    // 30 at once on each: one process alone would take 20 of each (its burst), 40 in all.
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => command(i % 2 === 0 ? onA : onB, 'presence:get', {})),
    );
    const taken = answers.filter((r) => r.ok).length;
    expect(taken).toBeGreaterThanOrEqual(20);
    // The burst, and what refills (10 a second) while the 60 are answered: well under 40.
    expect(taken).toBeLessThan(35);
  });

  it('answers unavailable while Redis does not answer, and recovers by itself when it does', async () => {
    const t = await start();
    const w = await createWorkshop(t.url, { title: 'Outage', locale: 'en', template: 'vlr' });
    const facilitator = await socketOn(t, w.facilitatorKey);
    const board = await yjsOn(t, w.id, w.boardToken);
    const brainstorm = board.view()?.stages[1]?.id as string;
    expect(await api(t.url, '/healthz')).toEqual({ status: 200, body: { ok: true, redis: 'up' } });

    redis.pause();
    try {
      expect(await api(t.url, '/healthz')).toEqual({ status: 503, body: { ok: false, redis: 'down' } });
      const during = await command(facilitator, 'item:add', { stageId: brainstorm, title: 'During' });
      expect(during).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      const http = await api<{ error: { code: string } }>(t.url, '/api/join', {
        body: { code: w.joinCode, name: 'Nadia', group: 'academia' },
      });
      expect(http.status).toBe(503);
      expect(http.body.error.code).toBe('unavailable');
    } finally {
      redis.resume();
    }

    await eventually(async () => (await api(t.url, '/healthz')).status === 200, 10_000, 'healthy again');
    const after = await eventually(
      async () => {
        const r = await command(facilitator, 'item:add', { stageId: brainstorm, title: 'After' });
        return r.ok ? r : undefined;
      },
      10_000,
      'commands work again',
    );
    expect(after.ok).toBe(true);
    await eventually(() => board.view()?.items.some((i) => i.title === 'After'), 5_000, 'board gets it');
  });
});
