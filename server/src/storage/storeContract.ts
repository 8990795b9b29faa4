/**
 * The storage contract: what every `Store` implementation must do, as a test suite. The embedded
 * LevelDB store runs it today; the Redis store for scale-out must pass the same suite.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type {
  AuditEntry,
  BallotRecord,
  InviteRecord,
  ItemAuthorRecord,
  ParticipantRecord,
  Store,
  WorkshopRecord,
} from './Store.js';

/** How the suite makes stores: a fresh location (a folder, a key prefix), and opening one. */
export interface StoreHarness {
  newLocation(): Promise<string>;
  open(location: string): Promise<Store>;
  /** Removes every location made so far. */
  cleanup(): Promise<void>;
}

function workshop(id: string, joinCode: string): WorkshopRecord {
  return {
    id,
    joinCode,
    title: `Workshop ${id}`,
    locale: 'ar',
    facilitatorKeyHash: 'ab'.repeat(32),
    createdAt: 1,
  };
}

function participant(workshopId: string, id: string): ParticipantRecord {
  return {
    id,
    workshopId,
    name: `Person ${id}`,
    organization: '',
    group: 'academia',
    locale: 'en',
    createdAt: 2,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);
/** Byte contents only: the store hands back Buffers, which are Uint8Arrays of another class. */
const plain = (u: Uint8Array): number[] => Array.from(u);
const log = async (store: Store, workshopId: string): Promise<number[][]> =>
  (await store.loadDocUpdates(workshopId)).map(plain);

/** Registers the contract tests for one implementation. */
export function describeStoreContract(name: string, harness: StoreHarness): void {
  const open = new Set<Store>();

  async function openStore(location?: string): Promise<Store> {
    const store = await harness.open(location ?? (await harness.newLocation()));
    open.add(store);
    return store;
  }

  async function closeStore(store: Store): Promise<void> {
    open.delete(store);
    await store.close();
  }

  afterEach(async () => {
    await Promise.all([...open].map((store) => closeStore(store)));
    await harness.cleanup();
  });

  describe(`${name} workshops`, () => {
    it('stores a workshop and finds it by id and by join code', async () => {
      const store = await openStore();
      const record = workshop('ws_aaaaaa', '482913');
      expect(await store.createWorkshop(record)).toBe(true);
      expect(await store.getWorkshop('ws_aaaaaa')).toEqual(record);
      expect(await store.findWorkshopByJoinCode('482913')).toEqual(record);
    });

    it('finds nothing for unknown ids and codes', async () => {
      const store = await openStore();
      await store.createWorkshop(workshop('ws_aaaaaa', '482913'));
      expect(await store.getWorkshop('ws_bbbbbb')).toBeUndefined();
      expect(await store.findWorkshopByJoinCode('482914')).toBeUndefined();
    });

    it('refuses a taken join code and stores nothing of the second workshop', async () => {
      const store = await openStore();
      const first = workshop('ws_first1', '000123');
      expect(await store.createWorkshop(first)).toBe(true);
      expect(await store.createWorkshop(workshop('ws_second', '000123'))).toBe(false);
      expect(await store.getWorkshop('ws_second')).toBeUndefined();
      expect(await store.findWorkshopByJoinCode('000123')).toEqual(first);
    });

    it('lets exactly one of many concurrent claims of the same code win', async () => {
      const store = await openStore();
      const ids = Array.from({ length: 8 }, (_, i) => `ws_race_${i}`);
      const results = await Promise.all(ids.map((id) => store.createWorkshop(workshop(id, '777777'))));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = ids[results.indexOf(true)];
      expect((await store.findWorkshopByJoinCode('777777'))?.id).toBe(winner);
      const stored = await Promise.all(ids.map((id) => store.getWorkshop(id)));
      expect(stored.filter((w) => w !== undefined).map((w) => w.id)).toEqual([winner]);
    });

    it('still accepts other codes after a refused claim', async () => {
      const store = await openStore();
      await store.createWorkshop(workshop('ws_one111', '111111'));
      expect(await store.createWorkshop(workshop('ws_two222', '111111'))).toBe(false);
      expect(await store.createWorkshop(workshop('ws_two222', '222222'))).toBe(true);
      expect((await store.findWorkshopByJoinCode('222222'))?.id).toBe('ws_two222');
    });
  });

  describe(`${name} workshop lifecycle`, () => {
    it('ends a workshop once, keeping the first time, and says undefined for one it does not have', async () => {
      const store = await openStore();
      await store.createWorkshop(workshop('ws_aaaaaa', '482913'));
      const [a, b] = await Promise.all([
        store.endWorkshop('ws_aaaaaa', 100),
        store.endWorkshop('ws_aaaaaa', 200),
      ]);
      expect([a?.endedAt, b?.endedAt]).toEqual([100, 100]);
      expect((await store.getWorkshop('ws_aaaaaa'))?.endedAt).toBe(100);
      expect((await store.findWorkshopByJoinCode('482913'))?.endedAt).toBe(100);
      expect(await store.endWorkshop('ws_nobody', 300)).toBeUndefined();
      expect(await store.getWorkshop('ws_nobody')).toBeUndefined();
    });

    it('replaces the facilitator key hash and leaves the rest of the record alone', async () => {
      const store = await openStore();
      const record = workshop('ws_aaaaaa', '482913');
      await store.createWorkshop(record);
      expect(await store.setFacilitatorKeyHash('ws_aaaaaa', 'cd'.repeat(32))).toBe(true);
      expect(await store.getWorkshop('ws_aaaaaa')).toEqual({
        ...record,
        facilitatorKeyHash: 'cd'.repeat(32),
      });
      expect(await store.setFacilitatorKeyHash('ws_nobody', 'cd'.repeat(32))).toBe(false);
    });

    it('moves the board generation on by one per call, even when calls race', async () => {
      const store = await openStore();
      await store.createWorkshop(workshop('ws_aaaaaa', '482913'));
      expect((await store.getWorkshop('ws_aaaaaa'))?.boardGeneration ?? 0).toBe(0);
      const generations = await Promise.all([1, 2, 3].map(() => store.nextBoardGeneration('ws_aaaaaa')));
      expect([...generations].sort()).toEqual([1, 2, 3]);
      expect((await store.getWorkshop('ws_aaaaaa'))?.boardGeneration).toBe(3);
      expect(await store.nextBoardGeneration('ws_nobody')).toBeUndefined();
    });

    it('keeps the lifecycle across close and reopen', async () => {
      const dir = await harness.newLocation();
      const first = await openStore(dir);
      await first.createWorkshop(workshop('ws_aaaaaa', '482913'));
      await first.endWorkshop('ws_aaaaaa', 100);
      await first.nextBoardGeneration('ws_aaaaaa');
      await closeStore(first);
      const second = await openStore(dir);
      expect(await second.getWorkshop('ws_aaaaaa')).toMatchObject({ endedAt: 100, boardGeneration: 1 });
    });
  });

  describe(`${name} participants`, () => {
    it('lists the participants of one workshop only, even when ids share a prefix', async () => {
      const store = await openStore();
      await store.addParticipant(participant('ws_abcdef', 'p_000001'));
      await store.addParticipant(participant('ws_abcdefg', 'p_000002'));
      await store.addParticipant(participant('ws_abcdef', 'p_000003'));
      await store.addParticipant(participant('ws_abcde', 'p_000004'));
      const listed = await store.listParticipants('ws_abcdef');
      expect(listed.map((p) => p.id).sort()).toEqual(['p_000001', 'p_000003']);
      expect((await store.listParticipants('ws_abcdefg')).map((p) => p.id)).toEqual(['p_000002']);
      expect(await store.listParticipants('ws_nobody')).toEqual([]);
    });

    it('gets a participant only under its own workshop', async () => {
      const store = await openStore();
      const record = participant('ws_abcdef', 'p_000001');
      await store.addParticipant(record);
      expect(await store.getParticipant('ws_abcdef', 'p_000001')).toEqual(record);
      expect(await store.getParticipant('ws_other1', 'p_000001')).toBeUndefined();
      expect(await store.getParticipant('ws_abcdef', 'p_000002')).toBeUndefined();
    });
  });

  describe(`${name} participant changes`, () => {
    it('patches a participant, keeps the rest, and says undefined for one it does not have', async () => {
      const store = await openStore();
      const record = participant('ws_abcdef', 'p_000001');
      await store.addParticipant(record);
      expect(await store.updateParticipant('ws_abcdef', 'p_000001', { removedAt: 50 })).toEqual({
        ...record,
        removedAt: 50,
      });
      await store.updateParticipant('ws_abcdef', 'p_000001', { tokenGen: 2 });
      expect(await store.getParticipant('ws_abcdef', 'p_000001')).toEqual({
        ...record,
        removedAt: 50,
        tokenGen: 2,
      });
      await store.updateParticipant('ws_abcdef', 'p_000001', { removedAt: null });
      expect((await store.getParticipant('ws_abcdef', 'p_000001'))?.removedAt).toBeNull();
      expect(await store.updateParticipant('ws_abcdef', 'p_nobody', { removedAt: 1 })).toBeUndefined();
      expect(await store.updateParticipant('ws_other1', 'p_000001', { removedAt: 1 })).toBeUndefined();
    });

    it('lands both of two concurrent patches', async () => {
      const store = await openStore();
      await store.addParticipant(participant('ws_abcdef', 'p_000001'));
      await Promise.all([
        store.updateParticipant('ws_abcdef', 'p_000001', { removedAt: 9 }),
        store.updateParticipant('ws_abcdef', 'p_000001', { tokenGen: 1 }),
      ]);
      const after = await store.getParticipant('ws_abcdef', 'p_000001');
      expect([after?.removedAt, after?.tokenGen]).toEqual([9, 1]);
    });
  });

  describe(`${name} invitations`, () => {
    const invite = (workshopId: string, id: string, code: string, createdAt = 1): InviteRecord => ({
      id,
      workshopId,
      participantId: `p_${id.slice(2)}`,
      code,
      name: `Guest ${id}`,
      organization: 'Org',
      group: 'government',
      createdAt,
      revokedAt: null,
    });

    it('stores invitations, finds them by code across workshops, and lists a workshop oldest first', async () => {
      const store = await openStore();
      expect(
        await store.addInvites([
          invite('ws_abcdef', 'i_000002', 'CODEB', 2),
          invite('ws_abcdef', 'i_000001', 'CODEA', 1),
        ]),
      ).toBe(true);
      expect(await store.addInvites([invite('ws_abcdefg', 'i_000003', 'CODEC')])).toBe(true);
      expect((await store.listInvites('ws_abcdef')).map((i) => i.id)).toEqual(['i_000001', 'i_000002']);
      expect(await store.findInviteByCode('CODEC')).toEqual(invite('ws_abcdefg', 'i_000003', 'CODEC'));
      expect(await store.getInvite('ws_abcdef', 'i_000002')).toEqual(
        invite('ws_abcdef', 'i_000002', 'CODEB', 2),
      );
      expect(await store.getInvite('ws_abcdefg', 'i_000002')).toBeUndefined();
      expect(await store.findInviteByCode('NOPE')).toBeUndefined();
    });

    it('refuses a batch with a taken or repeated code and stores none of it', async () => {
      const store = await openStore();
      await store.addInvites([invite('ws_abcdef', 'i_000001', 'CODEA')]);
      expect(
        await store.addInvites([
          invite('ws_other1', 'i_000002', 'CODEZ'),
          invite('ws_other1', 'i_000003', 'CODEA'),
        ]),
      ).toBe(false);
      expect(
        await store.addInvites([
          invite('ws_other1', 'i_000004', 'CODEY'),
          invite('ws_other1', 'i_000005', 'CODEY'),
        ]),
      ).toBe(false);
      expect(await store.listInvites('ws_other1')).toEqual([]);
      expect(await store.findInviteByCode('CODEZ')).toBeUndefined();
    });

    it('lets exactly one of two concurrent batches claim the same code', async () => {
      const store = await openStore();
      const results = await Promise.all([
        store.addInvites([invite('ws_abcdef', 'i_000001', 'SAME')]),
        store.addInvites([invite('ws_other1', 'i_000002', 'SAME')]),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('reissues a code (the old one stops and becomes free) and revokes once', async () => {
      const store = await openStore();
      await store.addInvites([
        invite('ws_abcdef', 'i_000001', 'OLD'),
        invite('ws_abcdef', 'i_000002', 'OTHER'),
      ]);
      expect(await store.reissueInvite('ws_abcdef', 'i_000001', 'OTHER')).toBe(false);
      expect(await store.reissueInvite('ws_abcdef', 'i_000001', 'NEW')).toBe(true);
      expect(await store.findInviteByCode('OLD')).toBeUndefined();
      expect((await store.findInviteByCode('NEW'))?.id).toBe('i_000001');
      expect(await store.reissueInvite('ws_abcdef', 'i_nobody', 'NEW2')).toBe(false);
      const [a, b] = await Promise.all([
        store.revokeInvite('ws_abcdef', 'i_000001', 100),
        store.revokeInvite('ws_abcdef', 'i_000001', 200),
      ]);
      expect([a, b]).toEqual([true, true]);
      expect((await store.getInvite('ws_abcdef', 'i_000001'))?.revokedAt).toBe(100);
      expect(await store.findInviteByCode('NEW')).toBeUndefined();
      expect(await store.revokeInvite('ws_abcdef', 'i_nobody', 1)).toBe(false);
      // A revoked invitation can be given a fresh code, which stands again.
      expect(await store.reissueInvite('ws_abcdef', 'i_000001', 'AGAIN')).toBe(true);
      expect((await store.findInviteByCode('AGAIN'))?.revokedAt).toBeNull();
    });
  });

  describe(`${name} vote rolls`, () => {
    it('keeps a roll per vote and says undefined for a vote without one', async () => {
      const store = await openStore();
      await store.putVoteRoll('ws_abcdef', 'st_vote01', ['p_000001', 'p_000002']);
      expect(await store.getVoteRoll('ws_abcdef', 'st_vote01')).toEqual(['p_000001', 'p_000002']);
      expect(await store.getVoteRoll('ws_abcdef', 'st_vote02')).toBeUndefined();
      expect(await store.getVoteRoll('ws_other1', 'st_vote01')).toBeUndefined();
    });
  });

  describe(`${name} scribes`, () => {
    const scribe = (workshopId: string, id: string, createdAt: number) => ({
      id,
      workshopId,
      label: `scribe ${id}`,
      createdAt,
      revokedAt: null,
    });

    it("lists a workshop's scribe links oldest first, and only its own", async () => {
      const store = await openStore();
      await store.addScribe(scribe('ws_abcdef', 's_000002', 20));
      await store.addScribe(scribe('ws_abcdef', 's_000001', 10));
      await store.addScribe(scribe('ws_abcdefg', 's_000003', 5));
      expect((await store.listScribes('ws_abcdef')).map((s) => s.id)).toEqual(['s_000001', 's_000002']);
      expect(await store.getScribe('ws_abcdefg', 's_000001')).toBeUndefined();
      expect(await store.getScribe('ws_abcdef', 's_000001')).toEqual(scribe('ws_abcdef', 's_000001', 10));
    });

    it('revokes once, keeping the first time, and says false for a link it does not have', async () => {
      const store = await openStore();
      await store.addScribe(scribe('ws_abcdef', 's_000001', 10));
      const [a, b] = await Promise.all([
        store.revokeScribe('ws_abcdef', 's_000001', 100),
        store.revokeScribe('ws_abcdef', 's_000001', 200),
      ]);
      expect([a, b]).toEqual([true, true]);
      expect((await store.getScribe('ws_abcdef', 's_000001'))?.revokedAt).toBe(100);
      expect(await store.revokeScribe('ws_abcdef', 's_nobody', 300)).toBe(false);
      expect(await store.revokeScribe('ws_other1', 's_000001', 300)).toBe(false);
    });
  });

  describe(`${name} doc logs`, () => {
    it('loads appended updates oldest first, past ten and a hundred entries', async () => {
      const store = await openStore();
      const updates = Array.from({ length: 120 }, (_, i) => bytes(i, i >> 8, 7));
      for (const update of updates) await store.appendDocUpdate('ws_abcdef', update);
      expect(await log(store, 'ws_abcdef')).toEqual(updates.map(plain));
    });

    it('keeps the logs of different workshops apart', async () => {
      const store = await openStore();
      await store.appendDocUpdate('ws_abcdef', bytes(1));
      await store.appendDocUpdate('ws_abcdefg', bytes(2));
      await store.appendDocUpdate('ws_abcdef', bytes(3));
      expect(await log(store, 'ws_abcdef')).toEqual([[1], [3]]);
      expect(await log(store, 'ws_abcdefg')).toEqual([[2]]);
      expect(await log(store, 'ws_empty1')).toEqual([]);
    });

    it('keeps the order of concurrent appends to a new log', async () => {
      const store = await openStore();
      await Promise.all([1, 2, 3, 4, 5].map((n) => store.appendDocUpdate('ws_abcdef', bytes(n))));
      expect(await log(store, 'ws_abcdef')).toEqual([1, 2, 3, 4, 5].map((n) => [n]));
    });

    it('compacts the first entries into one, keeping later ones after it', async () => {
      const store = await openStore();
      for (const n of [1, 2, 3, 4, 5]) await store.appendDocUpdate('ws_abcdef', bytes(n));
      await store.compactDoc('ws_abcdef', bytes(1, 2, 3), 3);
      expect(await log(store, 'ws_abcdef')).toEqual([[1, 2, 3], [4], [5]]);
      await store.appendDocUpdate('ws_abcdef', bytes(6));
      expect(await log(store, 'ws_abcdef')).toEqual([[1, 2, 3], [4], [5], [6]]);
    });

    it('compacts a whole log into one entry and leaves other workshops alone', async () => {
      const store = await openStore();
      for (const n of [1, 2, 3]) await store.appendDocUpdate('ws_abcdef', bytes(n));
      await store.appendDocUpdate('ws_abcdefg', bytes(9));
      await store.compactDoc('ws_abcdef', bytes(0), 3);
      expect(await log(store, 'ws_abcdef')).toEqual([[0]]);
      expect(await log(store, 'ws_abcdefg')).toEqual([[9]]);
    });

    it('does nothing when compacting an empty log', async () => {
      const store = await openStore();
      await store.compactDoc('ws_abcdef', bytes(1), 10);
      expect(await log(store, 'ws_abcdef')).toEqual([]);
    });
  });

  describe(`${name} persistence`, () => {
    it('keeps everything across close and reopen, and appends after what was there', async () => {
      const dir = await harness.newLocation();
      const first = await openStore(dir);
      const record = workshop('ws_abcdef', '135790');
      await first.createWorkshop(record);
      await first.addParticipant(participant('ws_abcdef', 'p_000001'));
      await first.appendDocUpdate('ws_abcdef', bytes(1));
      await first.appendDocUpdate('ws_abcdef', bytes(2));
      await closeStore(first);

      const second = await openStore(dir);
      expect(await second.getWorkshop('ws_abcdef')).toEqual(record);
      expect(await second.findWorkshopByJoinCode('135790')).toEqual(record);
      expect(await second.createWorkshop(workshop('ws_other1', '135790'))).toBe(false);
      expect((await second.listParticipants('ws_abcdef')).map((p) => p.id)).toEqual(['p_000001']);
      await second.appendDocUpdate('ws_abcdef', bytes(3));
      expect(await log(second, 'ws_abcdef')).toEqual([[1], [2], [3]]);
    });
  });

  describe(`${name} secret`, () => {
    it('creates a 32-byte secret once and keeps it across reopen', async () => {
      const dir = await harness.newLocation();
      const first = await openStore(dir);
      const secret = await first.getOrCreateSecret();
      expect(secret).toBeInstanceOf(Uint8Array);
      expect(secret).toHaveLength(32);
      expect(plain(await first.getOrCreateSecret())).toEqual(plain(secret));
      await closeStore(first);
      const second = await openStore(dir);
      expect(plain(await second.getOrCreateSecret())).toEqual(plain(secret));
    });

    it('gives different stores different secrets', async () => {
      const a = await openStore();
      const b = await openStore();
      expect(plain(await a.getOrCreateSecret())).not.toEqual(plain(await b.getOrCreateSecret()));
    });

    // Regression: two first calls racing both find no secret and each store their own; the first caller then
    // holds a secret that is no longer the stored one, so tokens it signs stop working after a restart.
    it('gives concurrent first callers the same secret', async () => {
      const store = await openStore();
      const [a, b] = await Promise.all([store.getOrCreateSecret(), store.getOrCreateSecret()]);
      expect(plain(a)).toEqual(plain(b));
      expect(plain(await store.getOrCreateSecret())).toEqual(plain(a));
    });
  });

  describe(`${name} ballots`, () => {
    const ballot = (stageId: string, participantId: string, n: number): BallotRecord => ({
      stageId,
      participantId,
      group: 'academia',
      ballot: { kind: 'dots', allocations: { item_1: n } },
      clientVoteId: `vote-${n}`,
      castAt: n,
    });

    it('keeps one ballot per participant per vote, the latest', async () => {
      const store = await openStore();
      await store.putBallot('ws_abcdef', ballot('stage_1', 'p_000001', 1));
      await store.putBallot('ws_abcdef', ballot('stage_1', 'p_000001', 2));
      await store.putBallot('ws_abcdef', ballot('stage_1', 'p_000002', 3));
      await store.putBallot('ws_abcdef', ballot('stage_2', 'p_000001', 4));
      await store.putBallot('ws_other1', ballot('stage_1', 'p_000001', 5));
      expect(await store.getBallot('ws_abcdef', 'stage_1', 'p_000001')).toEqual(
        ballot('stage_1', 'p_000001', 2),
      );
      expect((await store.listBallots('ws_abcdef', 'stage_1')).map((b) => b.castAt).sort()).toEqual([2, 3]);
      expect(await store.getBallot('ws_abcdef', 'stage_9', 'p_000001')).toBeUndefined();
    });

    it('casts only over the ballot the caster read, and says whether it stored', async () => {
      const store = await openStore();
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', 1), 'vote-0')).toBe(false);
      expect(await store.getBallot('ws_abcdef', 'stage_1', 'p_000001')).toBeUndefined();
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', 1), null)).toBe(true);
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', 2), null)).toBe(false);
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', 3), 'vote-9')).toBe(false);
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', 2), 'vote-1')).toBe(true);
      expect(await store.castBallot('ws_abcdef', ballot('stage_1', 'p_000002', 4), null)).toBe(true);
      expect(await store.getBallot('ws_abcdef', 'stage_1', 'p_000001')).toEqual(
        ballot('stage_1', 'p_000001', 2),
      );
      expect((await store.listBallots('ws_abcdef', 'stage_1')).map((b) => b.castAt).sort()).toEqual([2, 4]);
    });

    it('lets exactly one of many concurrent casts over the same ballot land', async () => {
      const store = await openStore();
      await store.putBallot('ws_abcdef', ballot('stage_1', 'p_000001', 1));
      const landed = await Promise.all(
        [2, 3, 4, 5, 6, 7].map((n) =>
          store.castBallot('ws_abcdef', ballot('stage_1', 'p_000001', n), 'vote-1'),
        ),
      );
      expect(landed.filter(Boolean)).toHaveLength(1);
      expect((await store.getBallot('ws_abcdef', 'stage_1', 'p_000001'))?.castAt).toBe(
        landed.indexOf(true) + 2,
      );
    });

    it('keeps ballots across close and reopen', async () => {
      const dir = await harness.newLocation();
      const first = await openStore(dir);
      await first.putBallot('ws_abcdef', ballot('stage_1', 'p_000001', 7));
      await closeStore(first);
      const second = await openStore(dir);
      expect(await second.listBallots('ws_abcdef', 'stage_1')).toEqual([ballot('stage_1', 'p_000001', 7)]);
    });
  });

  describe(`${name} audit log`, () => {
    const seal =
      (action: string) =>
      (prevHash: string, seq: number): AuditEntry => ({
        seq,
        at: seq,
        action,
        actorRole: 'facilitator',
        prevHash,
        hash: `h${seq}`,
      });

    it('numbers entries from 1 and hands each the previous hash, per workshop', async () => {
      const store = await openStore();
      await store.appendAudit('ws_abcdef', seal('opened'));
      await store.appendAudit('ws_abcdef', seal('closed'));
      await store.appendAudit('ws_other1', seal('opened'));
      expect(await store.listAudit('ws_abcdef')).toEqual([seal('opened')('', 1), seal('closed')('h1', 2)]);
      expect((await store.listAudit('ws_other1')).map((e) => e.seq)).toEqual([1]);
    });

    it('never forks the chain under concurrent appends', async () => {
      const store = await openStore();
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendAudit('ws_abcdef', seal(`a${i}`))));
      const entries = await store.listAudit('ws_abcdef');
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      entries.forEach((e, i) => {
        expect(e.prevHash).toBe(i === 0 ? '' : `h${i}`);
      });
    });
  });

  // ---- Item authorship (issue 8): who wrote each idea, kept out of the shared doc ----
  describe(`${name} item authors`, () => {
    const author = (itemId: string, participantId: string, stageId = 'stage_1'): ItemAuthorRecord => ({
      itemId,
      participantId,
      stageId,
    });
    const sorted = (records: ItemAuthorRecord[]) =>
      [...records].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));

    it('lists the authors of one workshop only, even when ids share a prefix', async () => {
      const store = await openStore();
      await store.putItemAuthors('ws_abcdef', [author('item_a', 'p_1'), author('item_b', 'p_2', 'stage_2')]);
      await store.putItemAuthors('ws_abcdefg', [author('item_c', 'p_3')]);
      await store.putItemAuthors('ws_abcdef', []);
      expect(sorted(await store.listItemAuthors('ws_abcdef'))).toEqual([
        author('item_a', 'p_1'),
        author('item_b', 'p_2', 'stage_2'),
      ]);
      expect(await store.listItemAuthors('ws_abcdefg')).toEqual([author('item_c', 'p_3')]);
      expect(await store.listItemAuthors('ws_nobody')).toEqual([]);
    });

    it('keeps one record per item: writing it again changes nothing', async () => {
      const store = await openStore();
      await store.putItemAuthors('ws_abcdef', [author('item_a', 'p_1')]);
      await store.putItemAuthors('ws_abcdef', [author('item_a', 'p_1'), author('item_b', 'p_1')]);
      expect(sorted(await store.listItemAuthors('ws_abcdef'))).toEqual([
        author('item_a', 'p_1'),
        author('item_b', 'p_1'),
      ]);
    });

    it('keeps authors across close and reopen', async () => {
      const dir = await harness.newLocation();
      const first = await openStore(dir);
      await first.putItemAuthors('ws_abcdef', [author('item_a', 'p_1')]);
      await closeStore(first);
      const second = await openStore(dir);
      expect(await second.listItemAuthors('ws_abcdef')).toEqual([author('item_a', 'p_1')]);
    });
  });
}
