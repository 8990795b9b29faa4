/**
 * Issue 11: one participant, connected to two server processes on one Redis at once, fires a
 * hundred different ballots at the same vote, half through each. Exactly one ballot is stored, it
 * is one of those sent and within the budget; the tally counts one voter; the participant's
 * command budget is shared by both processes (no doubling); no cast is lost silently (each got an
 * answer: stored, or refused with a code the phone retries); the audit chain verifies.
 */
import { randomUUID } from 'node:crypto';
import { hasRedisServer, startTestRedis, type TestRedis } from '@majlis/server/testRedis';
import type { Ballot, VoteResults } from '@majlis/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  command,
  connectSocket,
  createWorkshop,
  joinWorkshop,
  startTestServer,
  type TestServer,
} from '../support/testServer.js';

const CASTS = 100;
const voteId = () => randomUUID().replaceAll('-', '').slice(0, 20);

describe.skipIf(!hasRedisServer)('one participant voting through two processes at once', () => {
  let redis: TestRedis;
  const servers: TestServer[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
    for (let i = 0; i < 2; i++)
      servers.push(await startTestServer({ env: { REDIS_URL: redis.url, REDIS_PREFIX: 'ballots-test:' } }));
  });
  afterAll(async () => {
    for (const t of servers) await t.stop().catch(() => undefined);
    await redis.stop();
  });

  it('stores exactly one of a hundred concurrent ballots, within budget, and the chain verifies', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const w = await createWorkshop(a.url, { title: 'Two devices', locale: 'en', template: 'vlr' });
    const { body: summary } = await api<{ stages: Array<{ id: string }> }>(a.url, `/api/workshops/${w.id}`, {
      token: w.facilitatorKey,
    });
    const [, brainstorm, dots] = summary.stages.map((s) => s.id) as [string, string, string];
    const facilitator = await connectSocket(a.url, w.facilitatorKey);
    const ids: string[] = [];
    for (const title of ['Schools', 'Water', 'Transit', 'Parks']) {
      const added = await command(facilitator, 'item:add', { stageId: brainstorm, title });
      if (added.ok) ids.push(added.item.id);
    }
    await command(facilitator, 'stage:goto', { stageId: dots });
    expect(
      await command(facilitator, 'vote:configure', {
        stageId: dots,
        settings: { kind: 'dots', budget: 3, maxPerItem: 2 },
      }),
    ).toMatchObject({ ok: true });
    expect(await command(facilitator, 'vote:open', { stageId: dots })).toMatchObject({ ok: true });

    const joined = await joinWorkshop(a.url, w.joinCode, { name: 'Two devices' });
    const onA = await connectSocket(a.url, joined.token);
    const onB = await connectSocket(b.url, joined.token);
    // A hundred different ballots, each within the budget (two dots here, one there).
    const ballots: Ballot[] = Array.from({ length: CASTS }, (_, i) => ({
      kind: 'dots',
      allocations: { [ids[i % 4] as string]: 2, [ids[(i + 1) % 4] as string]: 1 },
    }));
    const acks = await Promise.all(
      ballots.map((ballot, i) =>
        command(i % 2 === 0 ? onA : onB, 'vote:cast', { stageId: dots, ballot, clientVoteId: voteId() }),
      ),
    );

    // Every cast got an answer: stored, or refused with a code the phone's outbox retries.
    const codes = acks.map((ack) => (ack.ok ? 'ok' : ack.error.code));
    expect(codes.filter((c) => c !== 'ok' && c !== 'rate_limited')).toEqual([]);
    // The budget of 20 at once is one budget across both processes, not one each.
    const stored = codes.filter((c) => c === 'ok').length;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThanOrEqual(25);

    // One ballot stands, one of those sent, within the budget; the tally counts one voter.
    // The burst spent the participant's command budget: ask again until it has refilled.
    let mine = await command(onB, 'vote:mine', { stageId: dots });
    for (let i = 0; i < 20 && !mine.ok && mine.error.code === 'rate_limited'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      mine = await command(onB, 'vote:mine', { stageId: dots });
    }
    expect(mine.ok && mine.ballot).toBeTruthy();
    const standing = mine.ok ? mine.ballot : null;
    expect(ballots.map((ballot) => JSON.stringify(ballot))).toContain(JSON.stringify(standing));
    const spent = Object.values(standing?.kind === 'dots' ? standing.allocations : {}).reduce(
      (s, n) => s + n,
      0,
    );
    expect(spent).toBe(3);
    for (const t of [a, b]) {
      const { body } = await api<{ results: VoteResults }>(
        t.url,
        `/api/workshops/${w.id}/stages/${dots}/results`,
        { token: w.facilitatorKey },
      );
      expect(body.results.voters).toBe(1);
      const points = body.results.overall.kind === 'dots' ? body.results.overall.items : [];
      expect(points.reduce((s, item) => s + item.points, 0)).toBe(3);
    }
    expect(await command(facilitator, 'vote:close', { stageId: dots })).toMatchObject({ ok: true });
    const { body: audit } = await api<{ verify: { valid: boolean } }>(b.url, `/api/workshops/${w.id}/audit`, {
      token: w.facilitatorKey,
    });
    expect(audit.verify.valid).toBe(true);
    for (const socket of [onA, onB, facilitator]) socket.close();
  });

  it('leaves a participant removed through one process out of the other process’s tallies', async () => {
    const [a, b] = servers as [TestServer, TestServer];
    const w = await createWorkshop(a.url, { title: 'Removal', locale: 'en', template: 'vlr' });
    const { body: summary } = await api<{ stages: Array<{ id: string }> }>(a.url, `/api/workshops/${w.id}`, {
      token: w.facilitatorKey,
    });
    const [, brainstorm, dots] = summary.stages.map((s) => s.id) as [string, string, string];
    const facilitator = await connectSocket(a.url, w.facilitatorKey);
    const added = await command(facilitator, 'item:add', { stageId: brainstorm, title: 'Schools' });
    const item = added.ok ? added.item.id : '';
    await command(facilitator, 'stage:goto', { stageId: dots });
    await command(facilitator, 'vote:configure', {
      stageId: dots,
      settings: { kind: 'dots', budget: 3, maxPerItem: 3 },
    });
    await command(facilitator, 'vote:open', { stageId: dots });
    const voters = await Promise.all(
      ['Stuffer', 'Honest'].map(async (name) => {
        const joined = await joinWorkshop(b.url, w.joinCode, { name });
        return { ...joined, socket: await connectSocket(b.url, joined.token) };
      }),
    );
    const cast = (socket: (typeof voters)[number]['socket'], dotsOn: number) =>
      command(socket, 'vote:cast', {
        stageId: dots,
        ballot: { kind: 'dots', allocations: { [item]: dotsOn } },
        clientVoteId: voteId(),
      });
    for (const voter of voters) expect(await cast(voter.socket, 3)).toMatchObject({ ok: true });
    const votersOn = async (t: TestServer) =>
      (
        await api<{ results: VoteResults }>(t.url, `/api/workshops/${w.id}/stages/${dots}/results`, {
          token: w.facilitatorKey,
        })
      ).body.results.voters;
    expect(await votersOn(b)).toBe(2);

    // Removed through A; B, which has counted both, counts one from now on.
    const removed = await api<{ removed: string[] }>(a.url, `/api/workshops/${w.id}/participants/remove`, {
      method: 'POST',
      token: w.facilitatorKey,
      body: { participantIds: [voters[0]?.participantId] },
    });
    expect(removed.body.removed).toEqual([voters[0]?.participantId]);
    expect(await cast((voters[1] as (typeof voters)[number]).socket, 2)).toMatchObject({ ok: true });
    expect([await votersOn(a), await votersOn(b)]).toEqual([1, 1]);
    facilitator.close();
    voters[1]?.socket.close();
  });
});
