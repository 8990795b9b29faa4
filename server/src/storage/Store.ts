import type { Ballot, Locale, StakeholderGroup } from '@majlis/shared';

/** A workshop's server-side record; the workshop's content lives in its Yjs doc. */
export interface WorkshopRecord {
  readonly id: string;
  readonly joinCode: string;
  readonly title: string;
  readonly locale: Locale;
  /** sha256 of the facilitator key's secret part, hex. The key itself is shown once and never stored. */
  readonly facilitatorKeyHash: string;
  readonly createdAt: number;
  /** When the facilitator ended it; absent while it runs. */
  readonly endedAt?: number;
  /** Which board token opens the board: rotating the board link moves it on. Absent means 0. */
  readonly boardGeneration?: number;
}

/** Someone who joined a workshop from a phone. */
export interface ParticipantRecord {
  readonly id: string;
  readonly workshopId: string;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
  readonly locale: Locale;
  readonly createdAt: number;
  /** They agreed, when joining, that their name may appear in the minutes. Absent: they did not. */
  readonly nameInMinutes?: boolean;
  /** The invitation they joined with; absent for someone who joined an open workshop by its code. */
  readonly inviteId?: string;
  /**
   * A keyed hash of the address they joined from (never the address itself), so the console can
   * point out many joins from one place. Absent for invited participants and older records.
   */
  readonly addressTag?: string;
  /** When the facilitator removed them: their credential stops and their ballots leave every tally. */
  readonly removedAt?: number | null;
  /** Bumped when another device takes the participant over; tokens of older generations stop. */
  readonly tokenGen?: number;
}

/** What may change on a participant after joining. */
export interface ParticipantPatch {
  readonly removedAt?: number | null;
  readonly tokenGen?: number;
}

/** A person the facilitator invited: their personal code joins as them, in their group. */
export interface InviteRecord {
  readonly id: string;
  readonly workshopId: string;
  /** The participant this invitation joins as; the same on every device that uses the code. */
  readonly participantId: string;
  /** The personal code (normalized), printed on the badge; unique across the server. */
  readonly code: string;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
  readonly createdAt: number;
  /** When the code was withdrawn; a withdrawn code no longer joins. */
  readonly revokedAt: number | null;
}

/** A scribe link the facilitator made: it edits notes and outcomes until revoked. */
export interface ScribeRecord {
  readonly id: string;
  readonly workshopId: string;
  readonly label: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** One participant's current ballot in one vote. Never written to the shared doc. */
export interface BallotRecord {
  readonly stageId: string;
  readonly participantId: string;
  readonly group: StakeholderGroup;
  readonly ballot: Ballot;
  /** The idempotency key of the command that cast it. */
  readonly clientVoteId: string;
  /**
   * The keys of the ballots this one replaced, newest last (at most `SUPERSEDED_KEPT`), so a late
   * resend of an older ballot is recognised and not applied over a newer one.
   */
  readonly supersededVoteIds?: readonly string[];
  readonly castAt: number;
}

/** An entry of a workshop's append-only audit log; `hash` chains it to the one before. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: number;
  readonly action: string;
  readonly actorRole: string;
  readonly stageId?: string;
  readonly details?: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

// ---- Item authorship (issue 8: ideas must not be linkable by author) ----
/**
 * Who wrote one idea. Only the server keeps it: the shared doc is read by every phone and the
 * board, which must not be able to group ideas by author.
 */
export interface ItemAuthorRecord {
  readonly itemId: string;
  readonly participantId: string;
  /** The stage it was added to: the per-person cap counts per stage. */
  readonly stageId: string;
}

/** How many replaced ballot keys a ballot remembers; a phone's outbox holds far fewer. */
export const SUPERSEDED_KEPT = 50;

/**
 * Everything the server keeps, behind one interface. The embedded default is LevelDB
 * (`LevelStore`); scale-out adds a Redis implementation that passes the same contract tests.
 */
export interface Store {
  /**
   * Whether other server processes write to this store too (Redis, scaled out): what one process
   * keeps in memory about the store's contents may then be stale, and a count read may be overtaken.
   */
  readonly shared?: boolean;

  /** The server's signing secret, created on first use and shared by every process on this store. */
  getOrCreateSecret(): Promise<Uint8Array>;

  /** Stores a new workshop and claims its join code; false (and nothing stored) when the code is taken. */
  createWorkshop(record: WorkshopRecord): Promise<boolean>;
  getWorkshop(id: string): Promise<WorkshopRecord | undefined>;
  findWorkshopByJoinCode(joinCode: string): Promise<WorkshopRecord | undefined>;
  /** Marks a workshop ended at `at`; ending it again keeps the first time. The record after, if any. */
  endWorkshop(id: string, at: number): Promise<WorkshopRecord | undefined>;
  /** Replaces the facilitator key's hash (the old key stops opening it). False when there is no such workshop. */
  setFacilitatorKeyHash(id: string, hash: string): Promise<boolean>;
  /** Moves the board link on by one generation; the new generation, or undefined when there is no such workshop. */
  nextBoardGeneration(id: string): Promise<number | undefined>;

  addParticipant(record: ParticipantRecord): Promise<void>;
  getParticipant(workshopId: string, participantId: string): Promise<ParticipantRecord | undefined>;
  listParticipants(workshopId: string): Promise<ParticipantRecord[]>;

  /** Applies a patch to a participant; the updated record, or undefined when there is none. */
  updateParticipant(
    workshopId: string,
    participantId: string,
    patch: ParticipantPatch,
  ): Promise<ParticipantRecord | undefined>;

  /**
   * Stores new invitations and claims their codes, all or nothing: false (and nothing stored) when
   * any code is already taken.
   */
  addInvites(records: readonly InviteRecord[]): Promise<boolean>;
  getInvite(workshopId: string, inviteId: string): Promise<InviteRecord | undefined>;
  /** The standing (not revoked) invitation with this code, in any workshop. */
  findInviteByCode(code: string): Promise<InviteRecord | undefined>;
  /** A workshop's invitations, oldest first, revoked ones included. */
  listInvites(workshopId: string): Promise<InviteRecord[]>;
  /** Gives an invitation a new code (the old one stops); false when the invitation is missing or the code taken. */
  reissueInvite(workshopId: string, inviteId: string, code: string): Promise<boolean>;
  /** Withdraws an invitation's code; false when there is none. Revoking twice keeps the first time. */
  revokeInvite(workshopId: string, inviteId: string, at: number): Promise<boolean>;

  /** Who may vote in a vote restricted to those present when it opened; set once at opening. */
  putVoteRoll(workshopId: string, stageId: string, participantIds: readonly string[]): Promise<void>;
  getVoteRoll(workshopId: string, stageId: string): Promise<string[] | undefined>;

  addScribe(record: ScribeRecord): Promise<void>;
  getScribe(workshopId: string, scribeId: string): Promise<ScribeRecord | undefined>;
  /** A workshop's scribe links, oldest first, revoked ones included. */
  listScribes(workshopId: string): Promise<ScribeRecord[]>;
  /** Marks a scribe link revoked at `at`; false when there is none. Revoking twice keeps the first time. */
  revokeScribe(workshopId: string, scribeId: string, at: number): Promise<boolean>;

  /** Appends one Yjs update to a workshop's doc log. Resolves once it is durable. */
  appendDocUpdate(workshopId: string, update: Uint8Array): Promise<void>;
  /** Every stored update of a workshop's doc, oldest first. */
  loadDocUpdates(workshopId: string): Promise<Uint8Array[]>;
  /** Replaces the first `replacedCount` updates of the log with one merged update, atomically. */
  compactDoc(workshopId: string, merged: Uint8Array, replacedCount: number): Promise<void>;

  /** Stores a participant's ballot, replacing their earlier one in that vote. */
  putBallot(workshopId: string, record: BallotRecord): Promise<void>;
  /**
   * Stores a participant's ballot only if the one stored now is the ballot whose `clientVoteId` is
   * `replacing` (null: only if they have none yet); false, storing nothing, when another cast got in
   * first. The cast's read-check-write then holds across processes: read, check, and retry on false.
   */
  castBallot(workshopId: string, record: BallotRecord, replacing: string | null): Promise<boolean>;
  getBallot(workshopId: string, stageId: string, participantId: string): Promise<BallotRecord | undefined>;
  listBallots(workshopId: string, stageId: string): Promise<BallotRecord[]>;

  /**
   * Appends to the audit log: `seal` gets the previous entry's hash and next sequence number and
   * returns the complete entry. Appends to one workshop's log never interleave.
   */
  appendAudit(workshopId: string, seal: (prevHash: string, seq: number) => AuditEntry): Promise<AuditEntry>;
  listAudit(workshopId: string): Promise<AuditEntry[]>;

  // ---- Item authorship (issue 8): who wrote each idea, kept out of the shared doc ----
  /** Records who wrote these items, all in one write. Writing an item's record again replaces it. */
  putItemAuthors(workshopId: string, records: readonly ItemAuthorRecord[]): Promise<void>;
  /** Every authorship record of a workshop, in no particular order. */
  listItemAuthors(workshopId: string): Promise<ItemAuthorRecord[]>;

  close(): Promise<void>;
}
