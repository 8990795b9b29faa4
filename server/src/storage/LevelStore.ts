import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { ClassicLevel } from 'classic-level';
import { KeyedQueue } from '../keyedQueue.js';
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

/** Sequence numbers are zero-padded so LevelDB's byte order is the log's order. */
const seqKey = (seq: number): string => seq.toString().padStart(12, '0');
const SEP = '!';

/** The embedded store: one LevelDB under DATA_DIR holding records, doc logs and idempotency keys. */
export class LevelStore extends WorkshopRecords implements Store {
  private readonly db: ClassicLevel<string, string>;
  private readonly meta;
  private readonly workshops;
  private readonly joinCodes;
  private readonly participants;
  private readonly scribes;
  private readonly invites;
  private readonly inviteCodes;
  private readonly voteRolls;
  private readonly docs;
  private readonly ballots;
  private readonly audit;
  private readonly itemAuthors;
  /** Serializes audit appends per workshop, so the hash chain has no forks. */
  private readonly auditQueues = new Map<string, Promise<unknown>>();
  /** Next sequence number per doc log, learned on load, so appends never scan. */
  private readonly nextSeq = new Map<string, number>();
  private readonly seqLoads = new Map<string, Promise<void>>();
  /** Serializes the compare-and-set of one participant's ballot in one vote. */
  private readonly ballotQueue = new KeyedQueue();
  /** Serializes join-code claims and secret creation within this process; LevelDB has no compare-and-set. */
  private claimQueue: Promise<unknown> = Promise.resolve();

  private constructor(db: ClassicLevel<string, string>) {
    super();
    this.db = db;
    this.meta = db.sublevel<string, Uint8Array>('meta', { valueEncoding: 'view' });
    this.workshops = db.sublevel<string, WorkshopRecord>('workshops', { valueEncoding: 'json' });
    this.joinCodes = db.sublevel<string, string>('joinCodes', { valueEncoding: 'utf8' });
    this.participants = db.sublevel<string, ParticipantRecord>('participants', { valueEncoding: 'json' });
    this.scribes = db.sublevel<string, ScribeRecord>('scribes', { valueEncoding: 'json' });
    this.invites = db.sublevel<string, InviteRecord>('invites', { valueEncoding: 'json' });
    this.inviteCodes = db.sublevel<string, string>('inviteCodes', { valueEncoding: 'utf8' });
    this.voteRolls = db.sublevel<string, string[]>('voteRolls', { valueEncoding: 'json' });
    this.docs = db.sublevel<string, Uint8Array>('docs', { valueEncoding: 'view' });
    this.ballots = db.sublevel<string, BallotRecord>('ballots', { valueEncoding: 'json' });
    this.audit = db.sublevel<string, AuditEntry>('audit', { valueEncoding: 'json' });
    this.itemAuthors = db.sublevel<string, ItemAuthorRecord>('itemAuthors', { valueEncoding: 'json' });
  }

  /** Opens (creating if needed) the database in `dir`. */
  static async open(dir: string): Promise<LevelStore> {
    await mkdir(dir, { recursive: true });
    const db = new ClassicLevel<string, string>(dir, { keyEncoding: 'utf8', valueEncoding: 'utf8' });
    await db.open();
    return new LevelStore(db);
  }

  getOrCreateSecret(): Promise<Uint8Array> {
    const created = this.claimQueue.then(async () => {
      const existing = await this.meta.get('secret');
      if (existing) return existing;
      const secret = new Uint8Array(randomBytes(32));
      await this.meta.put('secret', secret);
      return secret;
    });
    this.claimQueue = created.catch(() => undefined);
    return created;
  }

  createWorkshop(record: WorkshopRecord): Promise<boolean> {
    const claim = this.claimQueue.then(async () => {
      if ((await this.joinCodes.get(record.joinCode)) !== undefined) return false;
      // One batch across two sublevels, so a join code never points at a missing workshop.
      await this.db
        .batch()
        .put(record.joinCode, record.id, { sublevel: this.joinCodes })
        .put(record.id, record as never, { sublevel: this.workshops as never })
        .write();
      return true;
    });
    this.claimQueue = claim.catch(() => undefined);
    return claim;
  }

  getWorkshop(id: string): Promise<WorkshopRecord | undefined> {
    return this.workshops.get(id);
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined> {
    const id = await this.joinCodes.get(joinCode);
    return id === undefined ? undefined : this.workshops.get(id);
  }

  /** Read, change, write one workshop record through the claim queue, so two changes never interleave. */
  protected updateWorkshop(
    id: string,
    change: (record: WorkshopRecord) => WorkshopRecord,
  ): Promise<WorkshopRecord | undefined> {
    const updated = this.claimQueue.then(async () => {
      const record = await this.workshops.get(id);
      if (!record) return undefined;
      const next = change(record);
      if (next !== record) await this.workshops.put(id, next);
      return next;
    });
    this.claimQueue = updated.catch(() => undefined);
    return updated;
  }

  async addParticipant(record: ParticipantRecord): Promise<void> {
    await this.participants.put(`${record.workshopId}${SEP}${record.id}`, record);
  }

  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord | undefined> {
    return this.participants.get(`${workshopId}${SEP}${participantId}`);
  }

  async listParticipants(workshopId: string): Promise<ParticipantRecord[]> {
    const prefix = `${workshopId}${SEP}`;
    return this.participants.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
  }

  updateParticipant(
    workshopId: string,
    participantId: string,
    patch: ParticipantPatch,
  ): Promise<ParticipantRecord | undefined> {
    // Through the claim queue, so two patches at once both land.
    const updated = this.claimQueue.then(async () => {
      const record = await this.getParticipant(workshopId, participantId);
      if (!record) return undefined;
      const next: ParticipantRecord = { ...record, ...patch };
      await this.addParticipant(next);
      return next;
    });
    this.claimQueue = updated.catch(() => undefined);
    return updated;
  }

  addInvites(records: readonly InviteRecord[]): Promise<boolean> {
    const added = this.claimQueue.then(async () => {
      const codes = records.map((r) => r.code);
      if (new Set(codes).size !== codes.length) return false;
      const taken = await this.inviteCodes.getMany(codes);
      if (taken.some((v) => v !== undefined)) return false;
      // One batch, so a code never points at a missing invitation.
      const batch = this.db.batch();
      for (const r of records) {
        batch.put(r.code, `${r.workshopId}${SEP}${r.id}`, { sublevel: this.inviteCodes });
        batch.put(`${r.workshopId}${SEP}${r.id}`, r as never, { sublevel: this.invites as never });
      }
      await batch.write();
      return true;
    });
    this.claimQueue = added.catch(() => undefined);
    return added;
  }

  getInvite(workshopId: string, inviteId: string): Promise<InviteRecord | undefined> {
    return this.invites.get(`${workshopId}${SEP}${inviteId}`);
  }

  async findInviteByCode(code: string): Promise<InviteRecord | undefined> {
    const key = await this.inviteCodes.get(code);
    const record = key === undefined ? undefined : await this.invites.get(key);
    return record && record.revokedAt === null && record.code === code ? record : undefined;
  }

  async listInvites(workshopId: string): Promise<InviteRecord[]> {
    const prefix = `${workshopId}${SEP}`;
    const all = await this.invites.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
    return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  reissueInvite(workshopId: string, inviteId: string, code: string): Promise<boolean> {
    const done = this.claimQueue.then(async () => {
      const record = await this.getInvite(workshopId, inviteId);
      if (!record || (await this.inviteCodes.get(code)) !== undefined) return false;
      await this.db
        .batch()
        .del(record.code, { sublevel: this.inviteCodes })
        .put(code, `${workshopId}${SEP}${inviteId}`, { sublevel: this.inviteCodes })
        .put(`${workshopId}${SEP}${inviteId}`, { ...record, code, revokedAt: null } as never, {
          sublevel: this.invites as never,
        })
        .write();
      return true;
    });
    this.claimQueue = done.catch(() => undefined);
    return done;
  }

  revokeInvite(workshopId: string, inviteId: string, at: number): Promise<boolean> {
    const done = this.claimQueue.then(async () => {
      const record = await this.getInvite(workshopId, inviteId);
      if (!record) return false;
      if (record.revokedAt !== null) return true;
      await this.db
        .batch()
        .del(record.code, { sublevel: this.inviteCodes })
        .put(`${workshopId}${SEP}${inviteId}`, { ...record, revokedAt: at } as never, {
          sublevel: this.invites as never,
        })
        .write();
      return true;
    });
    this.claimQueue = done.catch(() => undefined);
    return done;
  }

  async putVoteRoll(workshopId: string, stageId: string, participantIds: readonly string[]): Promise<void> {
    await this.voteRolls.put(`${workshopId}${SEP}${stageId}`, [...participantIds]);
  }

  getVoteRoll(workshopId: string, stageId: string): Promise<string[] | undefined> {
    return this.voteRolls.get(`${workshopId}${SEP}${stageId}`);
  }

  async addScribe(record: ScribeRecord): Promise<void> {
    await this.scribes.put(`${record.workshopId}${SEP}${record.id}`, record);
  }

  getScribe(workshopId: string, scribeId: string): Promise<ScribeRecord | undefined> {
    return this.scribes.get(`${workshopId}${SEP}${scribeId}`);
  }

  async listScribes(workshopId: string): Promise<ScribeRecord[]> {
    const prefix = `${workshopId}${SEP}`;
    const all = await this.scribes.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
    return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  revokeScribe(workshopId: string, scribeId: string, at: number): Promise<boolean> {
    // Through the claim queue, so two revokes at once keep the first time.
    const revoked = this.claimQueue.then(async () => {
      const record = await this.getScribe(workshopId, scribeId);
      if (!record) return false;
      if (record.revokedAt === null) await this.addScribe({ ...record, revokedAt: at });
      return true;
    });
    this.claimQueue = revoked.catch(() => undefined);
    return revoked;
  }

  async appendDocUpdate(workshopId: string, update: Uint8Array): Promise<void> {
    const seq = await this.takeSeq(workshopId);
    await this.docs.put(`${workshopId}${SEP}${seqKey(seq)}`, update);
  }

  async loadDocUpdates(workshopId: string): Promise<Uint8Array[]> {
    const prefix = `${workshopId}${SEP}`;
    const entries = await this.docs.iterator({ gte: prefix, lt: `${prefix}\uffff` }).all();
    const lastKey = entries.at(-1)?.[0];
    const lastSeq = lastKey === undefined ? -1 : Number(lastKey.slice(prefix.length));
    this.nextSeq.set(workshopId, Math.max(this.nextSeq.get(workshopId) ?? 0, lastSeq + 1));
    return entries.map(([, value]) => value);
  }

  async compactDoc(workshopId: string, merged: Uint8Array, replacedCount: number): Promise<void> {
    const prefix = `${workshopId}${SEP}`;
    const keys = await this.docs.keys({ gte: prefix, lt: `${prefix}\uffff`, limit: replacedCount }).all();
    const last = keys.at(-1);
    if (last === undefined) return;
    // The merged update takes the place of the last one it replaces, so later appends stay after it.
    await this.docs.batch([
      ...keys.slice(0, -1).map((key) => ({ type: 'del' as const, key })),
      { type: 'put' as const, key: last, value: merged },
    ]);
  }

  async putBallot(workshopId: string, record: BallotRecord): Promise<void> {
    await this.ballots.put(`${workshopId}${SEP}${record.stageId}${SEP}${record.participantId}`, record);
  }

  castBallot(workshopId: string, record: BallotRecord, replacing: string | null): Promise<boolean> {
    const key = `${workshopId}${SEP}${record.stageId}${SEP}${record.participantId}`;
    return this.ballotQueue.run(key, async () => {
      const current = await this.ballots.get(key);
      if ((current?.clientVoteId ?? null) !== replacing) return false;
      await this.ballots.put(key, record);
      return true;
    });
  }

  getBallot(workshopId: string, stageId: string, participantId: string): Promise<BallotRecord | undefined> {
    return this.ballots.get(`${workshopId}${SEP}${stageId}${SEP}${participantId}`);
  }

  listBallots(workshopId: string, stageId: string): Promise<BallotRecord[]> {
    const prefix = `${workshopId}${SEP}${stageId}${SEP}`;
    return this.ballots.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
  }

  appendAudit(workshopId: string, seal: (prevHash: string, seq: number) => AuditEntry): Promise<AuditEntry> {
    const prefix = `${workshopId}${SEP}`;
    const append = (this.auditQueues.get(workshopId) ?? Promise.resolve()).then(async () => {
      const [last] = await this.audit
        .values({ gte: prefix, lt: `${prefix}\uffff`, reverse: true, limit: 1 })
        .all();
      const entry = seal(last?.hash ?? '', (last?.seq ?? 0) + 1);
      await this.audit.put(`${prefix}${seqKey(entry.seq)}`, entry);
      return entry;
    });
    this.auditQueues.set(
      workshopId,
      append.catch(() => undefined),
    );
    return append;
  }

  listAudit(workshopId: string): Promise<AuditEntry[]> {
    const prefix = `${workshopId}${SEP}`;
    return this.audit.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
  }

  // ---- Item authorship (issue 8): who wrote each idea, kept out of the shared doc ----
  async putItemAuthors(workshopId: string, records: readonly ItemAuthorRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.itemAuthors.batch(
      records.map((record) => ({
        type: 'put' as const,
        key: `${workshopId}${SEP}${record.itemId}`,
        value: { itemId: record.itemId, participantId: record.participantId, stageId: record.stageId },
      })),
    );
  }

  listItemAuthors(workshopId: string): Promise<ItemAuthorRecord[]> {
    const prefix = `${workshopId}${SEP}`;
    return this.itemAuthors.values({ gte: prefix, lt: `${prefix}\uffff` }).all();
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /**
   * The next sequence number of a doc log. Every caller awaits the same first load, so numbers are
   * handed out in call order even while that load is still running.
   */
  private async takeSeq(workshopId: string): Promise<number> {
    let ready = this.seqLoads.get(workshopId);
    if (!ready) {
      ready = this.nextSeq.has(workshopId)
        ? Promise.resolve()
        : this.loadDocUpdates(workshopId).then(() => undefined);
      this.seqLoads.set(workshopId, ready);
    }
    await ready;
    const seq = this.nextSeq.get(workshopId) ?? 0;
    this.nextSeq.set(workshopId, seq + 1);
    return seq;
  }
}
