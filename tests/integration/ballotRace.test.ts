/**
 * Issue 11: one participant voting from two devices served by two processes. Each process keeps a
 * participant's casts in order, but two processes do not see each other's queue: the ballot is
 * stored by compare-and-set on the ballot the cast read (`Store.castBallot`). Here the store stages
 * the race, as another process would: between this cast's read and its write, the same person's
 * other device stores a ballot. The cast must read again and replace it, recording it as
 * superseded, never overwrite it unseen (a later resend of the other device's ballot would
 * otherwise be applied over the newer one).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BallotRecord, LevelStore, type Store } from '@majlis/server/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
  type TestServer,
} from '../support/testServer.js';

/**
 * A LevelStore that stages races as another process would: its next `castBallot` first lets
 * `interloper` store a ballot of the same person; its next `listBallots` of a vote answers as it stood
 * before the last ballot landed (a count read just before another process's cast was stored).
 */
function racingStore(inner: LevelStore) {
  let interloper: ((record: BallotRecord) => BallotRecord) | undefined;
  let stale: string | undefined;
  const store: Store = new Proxy(inner, {
    get(target, property) {
      // Stands for a store other processes write to, as Redis is when scaled out.
      if (property === 'shared') return true;
      if (property === 'listBallots') {
        return async (workshopId: string, stageId: string) => {
          const all = await target.listBallots(workshopId, stageId);
          if (stale !== `${workshopId}/${stageId}`) return all;
          stale = undefined;
          return all.slice(0, -1);
        };
      }
      if (property === 'castBallot') {
        return async (workshopId: string, record: BallotRecord, replacing: string | null) => {
          const other = interloper;
          interloper = undefined;
          if (other) expect(await target.castBallot(workshopId, other(record), replacing)).toBe(true);
          return target.castBallot(workshopId, record, replacing);
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store,
    raceNext: (make: (record: BallotRecord) => BallotRecord) => (interloper = make),
    staleNextCount: (workshopId: string, stageId: string) => (stale = `${workshopId}/${stageId}`),
  };
}

describe('two devices of one participant casting at once on two processes', () => {
  let t: TestServer;
  let dir: string;
  let race: ReturnType<typeof racingStore>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'majlis-race-'));
    race = racingStore(await LevelStore.open(dir));
    t = await startTestServer({ store: async () => race.store });
  });
  afterAll(async () => {
    await t.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the ballot that got in first and keeps it as superseded', async () => {
    const w = await createWorkshop(t.url, { title: 'Race', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const [, brainstorm, dots] = (board.view()?.stages ?? []).map((s) => s.id);
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const ids: string[] = [];
    for (const title of ['Schools', 'Water', 'Transit']) {
      const added = await command(facilitator, 'item:add', { stageId: brainstorm as string, title });
      if (added.ok) ids.push(added.item.id);
    }
    await command(facilitator, 'stage:goto', { stageId: dots as string });
    expect(
      await command(facilitator, 'vote:configure', {
        stageId: dots as string,
        settings: { kind: 'dots', budget: 3, maxPerItem: 3 },
      }),
    ).toMatchObject({ ok: true });
    expect(await command(facilitator, 'vote:open', { stageId: dots as string })).toMatchObject({ ok: true });
    const [a, b] = ids as [string, string];

    const joined = await joinWorkshop(t.url, w.joinCode, { name: 'Two devices' });
    const phone = await connectSocket(t.url, joined.token);
    // The other device's ballot lands between this cast's read and its write.
    race.raceNext((record) => ({
      ...record,
      ballot: { kind: 'dots', allocations: { [b]: 3 } },
      clientVoteId: 'otherdevice00000001',
    }));
    const cast = await command(phone, 'vote:cast', {
      stageId: dots as string,
      ballot: { kind: 'dots', allocations: { [a]: 2 } },
      clientVoteId: 'thisdevice000000001',
    });
    expect(cast).toMatchObject({ ok: true, ballot: { allocations: { [a]: 2 } } });
    expect(await command(phone, 'vote:mine', { stageId: dots as string })).toMatchObject({
      ballot: { allocations: { [a]: 2 } },
    });
    // The other device's ballot was seen and replaced: its resend is answered, not applied.
    expect(
      await command(phone, 'vote:cast', {
        stageId: dots as string,
        ballot: { kind: 'dots', allocations: { [b]: 3 } },
        clientVoteId: 'otherdevice00000001',
      }),
    ).toMatchObject({ ok: true, ballot: { allocations: { [a]: 2 } } });
    const stored = await race.store.getBallot(w.id, dots as string, joined.participantId);
    expect(stored?.clientVoteId).toBe('thisdevice000000001');
    expect(stored?.supersededVoteIds).toEqual(['otherdevice00000001']);
    phone.close();
    facilitator.close();
    board.destroy();
  });

  it('writes the turnout again when a ballot landed between its count and its write', async () => {
    const w = await createWorkshop(t.url, { title: 'Turnout', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const [, brainstorm, dots] = (board.view()?.stages ?? []).map((s) => s.id) as [string, string, string];
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    const added = await command(facilitator, 'item:add', { stageId: brainstorm, title: 'Schools' });
    await command(facilitator, 'stage:goto', { stageId: dots });
    await command(facilitator, 'vote:configure', {
      stageId: dots,
      settings: { kind: 'dots', budget: 3, maxPerItem: 3 },
    });
    await command(facilitator, 'vote:open', { stageId: dots });
    const phone = await connectSocket(t.url, (await joinWorkshop(t.url, w.joinCode, { name: 'P' })).token);
    // The recount after this cast first reads the ballots as they stood before it was stored.
    race.staleNextCount(w.id, dots);
    const cast = await command(phone, 'vote:cast', {
      stageId: dots,
      ballot: { kind: 'dots', allocations: { [added.ok ? added.item.id : '']: 1 } },
      clientVoteId: 'turnout0000000000001',
    });
    expect(cast).toMatchObject({ ok: true });
    const turnout = () => board.view()?.stages.find((s) => s.id === dots)?.vote?.turnout;
    await eventually(() => turnout() === 1, 3_000, 'the board counts the ballot');
    phone.close();
    facilitator.close();
    board.destroy();
  });
});
