import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KeyedQueue } from '../keyedQueue.js';
import type { Logger } from '../logger.js';
import { openRedis, unavailableOr } from './redisConnection.js';
import { type RedisKeys, redisKeys } from './redisKeys.js';
import {
  appendAndPublish,
  appendAtSeq,
  castBallotIf,
  claimAll,
  compactList,
  compareAndSet,
  compareAndSetField,
  deleteIfEqual,
  MAX_ATTEMPTS,
  updateRecord,
} from './redisScripts.js';
import type {
  AuditEntry,
  BallotRecord,
  InviteRecord,
  ItemAuthorRecord,
  ParticipantPatch,
  ParticipantRecord,
  ScribeRecord,
  Store,
  WorkshopRecord,
} from './Store.js';
import { WorkshopRecords } from './WorkshopRecords.js';

export interface RedisStoreOptions {
  /** Put before every key, so several deployments (or tests) can share one Redis. Default `majlis:`. */
  readonly prefix?: string;
  /** How long one command may take, and a first connection, before failing as unavailable. */
  readonly timeoutMs?: number;
  /** Names this process in the doc feed, so it skips its own updates. Default: random. */
  readonly instanceId?: string;
  readonly log?: Logger;
}

const byKey =
  <T>(key: (record: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const oldestFirst = (a: { createdAt: number; id: string }, b: { createdAt: number; id: string }) =>
  a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);
const parseAll = <T>(raw: readonly string[]): T[] => raw.map((r) => JSON.parse(r) as T);
const toBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
/** Where an invitation code points: its workshop and invitation. */
const inviteRef = (r: { workshopId: string; id: string }) => JSON.stringify([r.workshopId, r.id]);

/**
 * The store for scale-out: every process of a deployment on one Redis. What must not race across
 * processes (code claims, the audit chain, a participant's ballot, record updates) is a Lua
 * compare-and-set; see `redisScripts.ts`. Every call fails fast with `StoreUnavailableError` while
 * Redis is unreachable, and works again by itself once it is back.
 */
export class RedisStore extends WorkshopRecords implements Store {
  /** Every process of the deployment writes here. */
  readonly shared = true;
  /** Where everything is kept; other parts of a scale-out deployment (presence) keep theirs beside it. */
  readonly keys: RedisKeys;
  /** Appends of this process to one audit chain queue up, so they compete only with other processes. */
  private readonly auditQueue = new KeyedQueue();

  private constructor(
    private readonly redis: Redis,
    prefix: string,
    /** This process, in the doc feed's messages. */
    readonly instanceId: string,
    private readonly log: Logger | undefined,
  ) {
    super();
    this.keys = redisKeys(prefix);
  }

  /** Connects to `url` (`redis://…`); rejects with `StoreUnavailableError` when Redis cannot be reached. */
  static async open(url: string, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const redis = await openRedis(url, { timeoutMs: options.timeoutMs ?? 2000, log: options.log });
    const instanceId = options.instanceId ?? randomBytes(8).toString('hex');
    return new RedisStore(redis, options.prefix ?? 'majlis:', instanceId, options.log);
  }

  /** The pub/sub channel a doc's appended updates are published on (see `appendDocUpdate`). */
  docChannel(workshopId: string): string {
    return this.keys.docChannel(workshopId);
  }

  /**
   * A second connection to the same Redis, for what cannot share the store's: a subscriber, or the
   * socket.io adapter's clients. `patient` ones queue commands while Redis is away instead of failing
   * them (the adapter publishes without handling a failure).
   */
  connection(patient = false): Redis {
    const copy = this.redis.duplicate(
      patient
        ? {
            enableOfflineQueue: true,
            maxRetriesPerRequest: null,
            autoResendUnfulfilledCommands: true,
            commandTimeout: undefined,
          }
        : {},
    );
    copy.on('error', (err: Error) => this.log?.debug({ err: err.message }, 'Redis connection error'));
    return copy;
  }

  /** Whether Redis is connected now (for health checks). */
  get available(): boolean {
    return this.redis.status === 'ready';
  }

  /** Whether Redis answers now: connected, and not too slow (a frozen server counts as down). */
  async reachable(): Promise<boolean> {
    if (!this.available) return false;
    return this.redis.ping().then(
      () => true,
      () => false,
    );
  }

  getOrCreateSecret(): Promise<Uint8Array> {
    return this.guard(async () => {
      await this.redis.set(this.keys.secret, randomBytes(32), 'NX');
      const secret = await this.redis.getBuffer(this.keys.secret);
      if (!secret) throw new Error('the secret vanished right after it was stored');
      return new Uint8Array(secret);
    });
  }

  createWorkshop(record: WorkshopRecord): Promise<boolean> {
    return this.guard(async () => {
      // The code first: it lives in another slot than the workshop, so no one script can do both.
      const codeKey = this.keys.joinCode(record.joinCode);
      const claimed = await this.redis.set(codeKey, record.id, 'NX');
      // A retry of a create whose answer was lost finds the code already its own.
      if (claimed !== 'OK' && (await this.redis.get(codeKey)) !== record.id) return false;
      await this.redis.set(this.keys.workshop(record.id), JSON.stringify(record));
      return true;
    });
  }

  getWorkshop(id: string): Promise<WorkshopRecord | undefined> {
    return this.guard(async () => this.parse<WorkshopRecord>(await this.redis.get(this.keys.workshop(id))));
  }

  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    return this.guard(async () => {
      const id = await this.redis.get(this.keys.joinCode(joinCode));
      return id === null ? undefined : this.getWorkshop(id);
    });
  }

  protected updateWorkshop(
    id: string,
    change: (record: WorkshopRecord) => WorkshopRecord,
  ): Promise<WorkshopRecord | undefined> {
    const key = this.keys.workshop(id);
    return this.guard(() =>
      updateRecord(
        () => this.redis.get(key),
        async (expected, next) => (await compareAndSet.run(this.redis, [key], [expected, next])) === 1,
        change,
      ),
    );
  }

  addParticipant(record: ParticipantRecord): Promise<void> {
    return this.guard(async () => {
      await this.redis.hset(this.keys.participants(record.workshopId), record.id, JSON.stringify(record));
    });
  }

  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord | undefined> {
    return this.guard(async () =>
      this.parse<ParticipantRecord>(await this.redis.hget(this.keys.participants(workshopId), participantId)),
    );
  }

  listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    return this.guard(async () =>
      parseAll<ParticipantRecord>(await this.redis.hvals(this.keys.participants(workshopId))).sort(
        byKey((p) => p.id),
      ),
    );
  }

  updateParticipant(
    workshopId: string,
    participantId: string,
    patch: ParticipantPatch,
  ): Promise<ParticipantRecord | undefined> {
    return this.updateField(
      this.keys.participants(workshopId),
      participantId,
      (record: ParticipantRecord) => ({
        ...record,
        ...patch,
      }),
    );
  }

  addInvites(records: readonly InviteRecord[]): Promise<boolean> {
    return this.guard(async () => {
      const codes = records.map((r) => r.code);
      if (new Set(codes).size !== codes.length) return false;
      if (records.length === 0) return true;
      const codeKeys = codes.map((code) => this.keys.inviteCode(code));
      const refs = records.map(inviteRef);
      // Codes first (all or none, in one script), then the records, which live in the workshops' slots.
      if ((await claimAll.run(this.redis, codeKeys, refs)) !== 1) {
        // A retry of a batch whose answer was lost finds every code already pointing at its own invitation.
        const current = await this.redis.mget(...codeKeys);
        if (current.some((ref, i) => ref !== refs[i])) return false;
      }
      const pipeline = this.redis.multi();
      for (const r of records) pipeline.hset(this.keys.invites(r.workshopId), r.id, JSON.stringify(r));
      await pipeline.exec();
      return true;
    });
  }

  getInvite(workshopId: string, inviteId: string): Promise<InviteRecord | undefined> {
    return this.guard(async () =>
      this.parse<InviteRecord>(await this.redis.hget(this.keys.invites(workshopId), inviteId)),
    );
  }

  findInviteByCode(code: string): Promise<InviteRecord | undefined> {
    return this.guard(async () => {
      const ref = await this.redis.get(this.keys.inviteCode(code));
      if (ref === null) return undefined;
      const [workshopId, inviteId] = JSON.parse(ref) as [string, string];
      const record = await this.getInvite(workshopId, inviteId);
      // A code is claimed a moment before its invitation is written or changed to it.
      return record && record.revokedAt === null && record.code === code ? record : undefined;
    });
  }

  listInvites(workshopId: string): Promise<InviteRecord[]> {
    return this.guard(async () =>
      parseAll<InviteRecord>(await this.redis.hvals(this.keys.invites(workshopId))).sort(oldestFirst),
    );
  }

  reissueInvite(workshopId: string, inviteId: string, code: string): Promise<boolean> {
    return this.guard(async () => {
      const ref = inviteRef({ workshopId, id: inviteId });
      const codeKey = this.keys.inviteCode(code);
      if (!(await this.getInvite(workshopId, inviteId))) return false;
      const claimed = await this.redis.set(codeKey, ref, 'NX');
      if (claimed !== 'OK' && (await this.redis.get(codeKey)) !== ref) return false;
      let oldCode: string | undefined;
      const updated = await this.updateField(
        this.keys.invites(workshopId),
        inviteId,
        (record: InviteRecord): InviteRecord => {
          oldCode = record.code;
          return { ...record, code, revokedAt: null };
        },
      );
      if (!updated) {
        await deleteIfEqual.run(this.redis, [codeKey], [ref]);
        return false;
      }
      if (oldCode !== undefined && oldCode !== code) {
        await deleteIfEqual.run(this.redis, [this.keys.inviteCode(oldCode)], [ref]);
      }
      return true;
    });
  }

  revokeInvite(workshopId: string, inviteId: string, at: number): Promise<boolean> {
    return this.guard(async () => {
      const updated = await this.updateField(
        this.keys.invites(workshopId),
        inviteId,
        (record: InviteRecord): InviteRecord =>
          record.revokedAt === null ? { ...record, revokedAt: at } : record,
      );
      if (!updated) return false;
      const ref = inviteRef({ workshopId, id: inviteId });
      await deleteIfEqual.run(this.redis, [this.keys.inviteCode(updated.code)], [ref]);
      return true;
    });
  }

  putVoteRoll(workshopId: string, stageId: string, participantIds: readonly string[]): Promise<void> {
    return this.guard(async () => {
      await this.redis.hset(this.keys.voteRolls(workshopId), stageId, JSON.stringify(participantIds));
    });
  }

  getVoteRoll(workshopId: string, stageId: string): Promise<string[] | undefined> {
    return this.guard(async () =>
      this.parse<string[]>(await this.redis.hget(this.keys.voteRolls(workshopId), stageId)),
    );
  }

  addScribe(record: ScribeRecord): Promise<void> {
    return this.guard(async () => {
      await this.redis.hset(this.keys.scribes(record.workshopId), record.id, JSON.stringify(record));
    });
  }

  getScribe(workshopId: string, scribeId: string): Promise<ScribeRecord | undefined> {
    return this.guard(async () =>
      this.parse<ScribeRecord>(await this.redis.hget(this.keys.scribes(workshopId), scribeId)),
    );
  }

  listScribes(workshopId: string): Promise<ScribeRecord[]> {
    return this.guard(async () =>
      parseAll<ScribeRecord>(await this.redis.hvals(this.keys.scribes(workshopId))).sort(oldestFirst),
    );
  }

  async revokeScribe(workshopId: string, scribeId: string, at: number): Promise<boolean> {
    const updated = await this.updateField(
      this.keys.scribes(workshopId),
      scribeId,
      (record: ScribeRecord): ScribeRecord =>
        record.revokedAt === null ? { ...record, revokedAt: at } : record,
    );
    return updated !== undefined;
  }

  appendDocUpdate(workshopId: string, update: Uint8Array): Promise<void> {
    return this.guard(async () => {
      // One connection keeps the order of this process's appends; the script answers once Redis has it,
      // and has published it to the other processes holding the doc.
      await appendAndPublish.run(
        this.redis,
        [this.keys.doc(workshopId), this.keys.docSeq(workshopId)],
        [this.instanceId, toBuffer(update), this.keys.docChannel(workshopId)],
      );
    });
  }

  /**
   * The doc's log and the sequence number of its latest update, read together: a feed that
   * subscribed before reading applies exactly the published updates numbered after `seq`.
   */
  loadDocLog(workshopId: string): Promise<{ updates: Uint8Array[]; seq: number }> {
    return this.guard(async () => {
      const results = await this.redis
        .multi()
        .lrangeBuffer(this.keys.doc(workshopId), 0, -1)
        .get(this.keys.docSeq(workshopId))
        .exec();
      const [logged, seq] = (results ?? []).map(([err, value]) => {
        if (err) throw err;
        return value;
      });
      return {
        updates: (logged as Buffer[]).map(toBytes),
        seq: Number((seq as string | null) ?? 0),
      };
    });
  }

  /**
   * Compacts a doc's log from the updates stored in Redis (never from one process's copy, which may
   * lack another's latest), under a lock so that one process at a time does it: `merge` turns the
   * stored updates into one. Updates appended meanwhile stay after the merged one. The merged size,
   * or undefined when another process holds the lock or the log is already one update.
   */
  compactDocLog(
    workshopId: string,
    merge: (updates: Uint8Array[]) => Uint8Array,
    lockMs = 30_000,
  ): Promise<number | undefined> {
    const lock = this.keys.docCompactLock(workshopId);
    const holder = `${this.instanceId}:${randomBytes(4).toString('hex')}`;
    return this.guard(async () => {
      if ((await this.redis.set(lock, holder, 'PX', lockMs, 'NX')) !== 'OK') return undefined;
      try {
        const stored = (await this.redis.lrangeBuffer(this.keys.doc(workshopId), 0, -1)).map(toBytes);
        if (stored.length < 2) return undefined;
        const merged = merge(stored);
        await compactList.run(this.redis, [this.keys.doc(workshopId)], [toBuffer(merged), stored.length]);
        return merged.length;
      } finally {
        await deleteIfEqual.run(this.redis, [lock], [holder]).catch(() => undefined);
      }
    });
  }

  loadDocUpdates(workshopId: string): Promise<Uint8Array[]> {
    return this.guard(async () =>
      (await this.redis.lrangeBuffer(this.keys.doc(workshopId), 0, -1)).map(toBytes),
    );
  }

  compactDoc(workshopId: string, merged: Uint8Array, replacedCount: number): Promise<void> {
    return this.guard(async () => {
      await compactList.run(this.redis, [this.keys.doc(workshopId)], [toBuffer(merged), replacedCount]);
    });
  }

  putBallot(workshopId: string, record: BallotRecord): Promise<void> {
    return this.guard(async () => {
      await this.redis.hset(
        this.keys.ballots(workshopId, record.stageId),
        record.participantId,
        JSON.stringify(record),
      );
    });
  }

  castBallot(workshopId: string, record: BallotRecord, replacing: string | null): Promise<boolean> {
    return this.guard(
      async () =>
        (await castBallotIf.run(
          this.redis,
          [this.keys.ballots(workshopId, record.stageId)],
          [
            record.participantId,
            replacing === null ? 'none' : 'some',
            replacing ?? '',
            JSON.stringify(record),
          ],
        )) === 1,
    );
  }

  getBallot(workshopId: string, stageId: string, participantId: string): Promise<BallotRecord | undefined> {
    return this.guard(async () =>
      this.parse<BallotRecord>(await this.redis.hget(this.keys.ballots(workshopId, stageId), participantId)),
    );
  }

  listBallots(workshopId: string, stageId: string): Promise<BallotRecord[]> {
    return this.guard(async () =>
      parseAll<BallotRecord>(await this.redis.hvals(this.keys.ballots(workshopId, stageId))).sort(
        byKey((b) => b.participantId),
      ),
    );
  }

  appendAudit(workshopId: string, seal: (prevHash: string, seq: number) => AuditEntry): Promise<AuditEntry> {
    const key = this.keys.audit(workshopId);
    return this.auditQueue.run(workshopId, () =>
      this.guard(async () => {
        for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          const lastRaw = await this.redis.lindex(key, -1);
          const last = this.parse<AuditEntry>(lastRaw);
          const entry = seal(last?.hash ?? '', (last?.seq ?? 0) + 1);
          // Appended only if no other process appended since the read; else read the new end and seal again.
          if ((await appendAtSeq.run(this.redis, [key], [entry.seq, JSON.stringify(entry)])) === 1)
            return entry;
        }
        throw new Error(`gave up appending to the audit chain of ${workshopId}: too many concurrent appends`);
      }),
    );
  }

  listAudit(workshopId: string): Promise<AuditEntry[]> {
    return this.guard(async () =>
      parseAll<AuditEntry>(await this.redis.lrange(this.keys.audit(workshopId), 0, -1)),
    );
  }

  putItemAuthors(workshopId: string, records: readonly ItemAuthorRecord[]): Promise<void> {
    return this.guard(async () => {
      if (records.length === 0) return;
      const fields = records.flatMap((r) => [
        r.itemId,
        JSON.stringify({ itemId: r.itemId, participantId: r.participantId, stageId: r.stageId }),
      ]);
      await this.redis.hset(this.keys.itemAuthors(workshopId), ...fields);
    });
  }

  listItemAuthors(workshopId: string): Promise<ItemAuthorRecord[]> {
    return this.guard(async () =>
      parseAll<ItemAuthorRecord>(await this.redis.hvals(this.keys.itemAuthors(workshopId))).sort(
        byKey((a) => a.itemId),
      ),
    );
  }

  async close(): Promise<void> {
    // QUIT waits for the answers still due; with Redis gone there are none to wait for.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  private parse<T>(raw: string | null): T | undefined {
    return raw === null ? undefined : (JSON.parse(raw) as T);
  }

  /** Read one field of a hash, change it, compare-and-set it; undefined when there is no such field. */
  private updateField<T>(key: string, field: string, change: (record: T) => T): Promise<T | undefined> {
    return this.guard(() =>
      updateRecord(
        () => this.redis.hget(key, field),
        async (expected, next) =>
          (await compareAndSetField.run(this.redis, [key], [field, expected, next])) === 1,
        change,
      ),
    );
  }

  /** Runs Redis calls, turning a lost or slow connection into `StoreUnavailableError`. */
  private async guard<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw unavailableOr(err, this.redis);
    }
  }
}
