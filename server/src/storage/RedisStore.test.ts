import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sealEntry, verifyChain } from '../audit/auditChain.js';
import { RedisStore } from './RedisStore.js';
import type { BallotRecord, WorkshopRecord } from './Store.js';
import { StoreUnavailableError } from './StoreUnavailableError.js';
import { describeStoreContract } from './storeContract.js';
import { hasRedisServer, startTestRedis, type TestRedis } from './testRedisServer.js';

if (!hasRedisServer) console.warn('RedisStore tests skipped: no redis-server binary on PATH.');

describe.skipIf(!hasRedisServer)('RedisStore (own redis-server)', () => {
  let redis: TestRedis;
  let locations = 0;
  /** A fresh key prefix per store location, so the tests share one server without seeing each other. */
  const newPrefix = () => `t${++locations}:`;

  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  describeStoreContract('RedisStore', {
    newLocation: async () => newPrefix(),
    open: (prefix) => RedisStore.open(redis.url, { prefix }),
    cleanup: async () => undefined,
  });

  /** Two stores on one prefix: two server processes of one deployment. */
  describe('across two processes', () => {
    const opened: RedisStore[] = [];
    async function twoProcesses(): Promise<[RedisStore, RedisStore]> {
      const prefix = newPrefix();
      const pair = await Promise.all([
        RedisStore.open(redis.url, { prefix }),
        RedisStore.open(redis.url, { prefix }),
      ]);
      opened.push(...pair);
      return pair;
    }
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    const workshop = (id: string): WorkshopRecord => ({
      id,
      joinCode: '424242',
      title: id,
      locale: 'en',
      facilitatorKeyHash: 'ab'.repeat(32),
      createdAt: 1,
    });
    const ballot = (n: number, supersededVoteIds?: string[]): BallotRecord => ({
      stageId: 'st_vote',
      participantId: 'p_one',
      group: 'academia',
      ballot: { kind: 'dots', allocations: { item_1: n } },
      clientVoteId: `cv_${n}`,
      ...(supersededVoteIds ? { supersededVoteIds } : {}),
      castAt: n,
    });

    it('keeps one audit chain under 100 concurrent appends split over both', async () => {
      const [a, b] = await twoProcesses();
      const entries = await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          (i % 2 ? a : b).appendAudit('ws_chain', (prevHash, seq) =>
            sealEntry({ at: i, action: `a${i}`, actorRole: 'facilitator' }, prevHash, seq),
          ),
        ),
      );
      expect(entries.map((e) => e.seq).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 100 }, (_, i) => i + 1),
      );
      const chain = await b.listAudit('ws_chain');
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
      expect(verifyChain(chain)).toEqual({ valid: true });
    });

    it('lets exactly one of 100 concurrent workshops claim one join code', async () => {
      const [a, b] = await twoProcesses();
      const ids = Array.from({ length: 100 }, (_, i) => `ws_race${i}`);
      const won = await Promise.all(ids.map((id, i) => (i % 2 ? a : b).createWorkshop(workshop(id))));
      expect(won.filter(Boolean)).toHaveLength(1);
      const winner = ids[won.indexOf(true)];
      expect((await a.findWorkshopByJoinCode('424242'))?.id).toBe(winner);
      const stored = await Promise.all(ids.map((id) => b.getWorkshop(id)));
      expect(stored.filter((w) => w !== undefined).map((w) => w.id)).toEqual([winner]);
    });

    it('keeps one ballot per participant when both store theirs at once', async () => {
      const [a, b] = await twoProcesses();
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).putBallot('ws_vote', ballot(i))),
      );
      expect(await a.listBallots('ws_vote', 'st_vote')).toHaveLength(1);
    });

    it('lets exactly one of 100 concurrent first casts of one participant land', async () => {
      const [a, b] = await twoProcesses();
      const landed = await Promise.all(
        Array.from({ length: 100 }, (_, i) => (i % 2 ? a : b).castBallot('ws_vote', ballot(i), null)),
      );
      expect(landed.filter(Boolean)).toHaveLength(1);
      const stored = await b.getBallot('ws_vote', 'st_vote', 'p_one');
      expect(stored?.castAt).toBe(landed.indexOf(true));
    });

    it('never loses a replaced ballot when casts that read, check and retry race over both', async () => {
      const [a, b] = await twoProcesses();
      // What a cast does: read the stored ballot, replace it remembering its key, retry if another got in first.
      async function cast(store: RedisStore, n: number): Promise<void> {
        for (;;) {
          const existing = await store.getBallot('ws_vote', 'st_vote', 'p_one');
          const superseded = existing
            ? [...(existing.supersededVoteIds ?? []), existing.clientVoteId]
            : undefined;
          if (await store.castBallot('ws_vote', ballot(n, superseded), existing?.clientVoteId ?? null))
            return;
        }
      }
      await Promise.all(Array.from({ length: 100 }, (_, i) => cast(i % 2 ? a : b, i)));
      const stored = await a.getBallot('ws_vote', 'st_vote', 'p_one');
      const seen = [...(stored?.supersededVoteIds ?? []), stored?.clientVoteId];
      expect(seen).toHaveLength(100);
      expect(new Set(seen).size).toBe(100);
    });

    it("passes a caller's own error through as it is, not as unavailable", async () => {
      const [a] = await twoProcesses();
      const broken = new Error('seal broke');
      await expect(
        a.appendAudit('ws_chain', () => {
          throw broken;
        }),
      ).rejects.toBe(broken);
      expect(await a.listAudit('ws_chain')).toEqual([]);
    });

    it('refuses a cast that expects another ballot than the stored one', async () => {
      const [a] = await twoProcesses();
      expect(await a.castBallot('ws_vote', ballot(1), 'cv_0')).toBe(false);
      expect(await a.castBallot('ws_vote', ballot(1), null)).toBe(true);
      expect(await a.castBallot('ws_vote', ballot(2), null)).toBe(false);
      expect(await a.castBallot('ws_vote', ballot(2), 'cv_1')).toBe(true);
      expect((await a.getBallot('ws_vote', 'st_vote', 'p_one'))?.clientVoteId).toBe('cv_2');
    });
  });

  describe('while Redis is down', () => {
    /** How long a call may take to fail: the 2 s command timeout and some slack for a loaded machine. */
    const FAIL_WITHIN_MS = 3000;

    async function failsFast(call: () => Promise<unknown>): Promise<void> {
      const started = Date.now();
      await expect(call()).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(FAIL_WITHIN_MS);
    }

    /** Retries `call` until it succeeds: the store reconnects by itself. */
    async function eventually<T>(call: () => Promise<T>, withinMs = 8000): Promise<T> {
      const deadline = Date.now() + withinMs;
      for (;;) {
        try {
          return await call();
        } catch (err) {
          if (!(err instanceof StoreUnavailableError) || Date.now() > deadline) throw err;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }

    it('fails fast when the server is gone and works again once it is back, without reopening', async () => {
      const store = await RedisStore.open(redis.url, { prefix: newPrefix() });
      try {
        await store.addParticipant({
          id: 'p_1',
          workshopId: 'ws_down',
          name: 'A',
          organization: '',
          group: 'academia',
          locale: 'en',
          createdAt: 1,
        });
        await redis.stop();
        await failsFast(() => store.getParticipant('ws_down', 'p_1'));
        await failsFast(() => store.appendDocUpdate('ws_down', new Uint8Array([1])));
        expect(store.available).toBe(false);
        await redis.start();
        // The restarted server kept nothing (it runs without persistence); the store works on it again.
        await eventually(() => store.appendDocUpdate('ws_down', new Uint8Array([2])));
        expect((await store.loadDocUpdates('ws_down')).map((u) => Array.from(u))).toEqual([[2]]);
        // The new server knows none of the Lua scripts yet: they are sent again.
        await store.createWorkshop({
          id: 'ws_down',
          joinCode: '303030',
          title: 'Back',
          locale: 'en',
          facilitatorKeyHash: 'ab'.repeat(32),
          createdAt: 1,
        });
        expect(await store.nextBoardGeneration('ws_down')).toBe(1);
        expect(store.available).toBe(true);
      } finally {
        await store.close();
      }
    }, 20_000);

    it('fails within the command timeout when the server stops answering', async () => {
      const store = await RedisStore.open(redis.url, { prefix: newPrefix() });
      try {
        redis.pause();
        await failsFast(() => store.getWorkshop('ws_hung'));
        redis.resume();
        expect(await eventually(() => store.getWorkshop('ws_hung'))).toBeUndefined();
      } finally {
        redis.resume();
        await store.close();
      }
    }, 20_000);

    it('refuses to open when Redis cannot be reached', async () => {
      const started = Date.now();
      await expect(RedisStore.open('redis://127.0.0.1:1', { timeoutMs: 500 })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      expect(Date.now() - started).toBeLessThan(FAIL_WITHIN_MS);
    });
  });
});
