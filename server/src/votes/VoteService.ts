/**
 * What votes need beyond one command: choosing a vote's targets, tallying from the store, keeping
 * turnout and live results in the doc, streaming hidden tallies to facilitators only, and the
 * audit log. Ballots stay in the store; only aggregates ever reach the doc.
 */
import {
  ErrorCode,
  fail,
  findStage,
  ok,
  type Result,
  rankedIdsOf,
  readItems,
  readStages,
  readThemes,
  type StageView,
  tallyVote,
  updateVote,
  type VoteResults,
  type VoteSettings,
} from '@majlis/shared';
import type * as Y from 'yjs';
import { type AuditContent, sealEntry } from '../audit/auditChain.js';
import type { Clock } from '../clock.js';
import { TypedEmitter } from '../events/TypedEmitter.js';
import type { Logger } from '../logger.js';
import type { AuditEntry, Store } from '../storage/Store.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';

/** How long casts are gathered before turnout and results are recomputed, so a burst costs one tally. */
/** Recounts in one `recount` at most: each is one more ballot that landed meanwhile. */
const RECOUNT_ROUNDS = 3;
const RECOUNT_DELAY_MS = 150;

/**
 * While an anonymous vote with live results is open, the room sees new results only once this many
 * more people have voted than in the last results it saw: anyone recording every update could
 * otherwise subtract two successive results and read one person's ballot. Counting new voters, not
 * casts, means re-casting from a few extra phones cannot force a step after each real voter.
 */
export const LIVE_STEP_VOTERS = 3;

/** What a `VoteService` announces. */
export interface VoteEvents {
  /** A vote was recounted: its full results, which only facilitators may see while hidden. */
  tally: { readonly workshopId: string; readonly stageId: string; readonly results: VoteResults };
}

export class VoteService {
  private readonly pendingRecounts = new Map<string, NodeJS.Timeout>();
  /** Removed participants per workshop, read from the store once, then kept as they change (one process). */
  private readonly removed = new Map<string, Promise<Set<string>>>();
  /** Subscribe here to hear of recounts; the socket server forwards tallies to facilitators. */
  readonly events = new TypedEmitter<VoteEvents>();

  constructor(
    private readonly store: Store,
    private readonly docs: DocRegistry,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** The items (or options) a vote will be about, fixed when it opens. */
  async targetsFor(workshopId: string, doc: Y.Doc, settings: VoteSettings): Promise<Result<string[]>> {
    const source = settings.source;
    let targets: string[];
    switch (source.type) {
      case 'list': {
        const list = findStage(doc, source.stageId);
        if (list?.kind !== 'list')
          return fail(ErrorCode.voteNotConfigured, 'The vote’s list stage does not exist.');
        targets = readItems(doc, list.id)
          .filter((i) => i.status === 'active')
          .map((i) => i.id);
        break;
      }
      case 'top': {
        const earlier = findStage(doc, source.stageId);
        if (earlier?.kind !== 'vote' || !earlier.vote?.settings) {
          return fail(ErrorCode.voteNotConfigured, 'The earlier vote this one builds on does not exist.');
        }
        const results = await this.results(workshopId, earlier);
        const ranked = results ? rankedIds(results) : [];
        // Everything tied at the cut-off goes through: dropping one of two equal items would be arbitrary.
        targets = ranked.filter((r) => r.rank <= source.n).map((r) => r.id);
        break;
      }
      case 'theme': {
        const theme = readThemes(doc).find((t) => t.id === source.themeId);
        if (!theme) return fail(ErrorCode.voteNotConfigured, 'The vote’s theme does not exist.');
        targets = readItems(doc, theme.stageId)
          .filter((i) => i.status === 'active' && i.themeId === theme.id)
          .map((i) => i.id);
        break;
      }
      case 'options':
        targets = (settings.options ?? []).map((o) => o.id);
        break;
      default: {
        const unreachable: never = source;
        return fail(ErrorCode.badRequest, `unknown source ${String(unreachable)}`);
      }
    }
    if (targets.length === 0) return fail(ErrorCode.noTargets, 'There is nothing to vote on yet.');
    return ok(targets);
  }

  /** A vote stage's results from the ballots in the store, or undefined if it has no settings. */
  async results(workshopId: string, stage: StageView): Promise<VoteResults | undefined> {
    const settings = stage.vote?.settings;
    if (!settings) return undefined;
    const [ballots, removed] = await Promise.all([
      this.store.listBallots(workshopId, stage.id),
      this.removedOf(workshopId),
    ]);
    return tallyVote(
      settings,
      stage.vote?.targets ?? [],
      ballots.filter((b) => !removed.has(b.participantId)).map(({ group, ballot }) => ({ group, ballot })),
    );
  }

  /**
   * Fixes who may vote in a vote for invited people present at opening: those of `present` who
   * joined with an invitation, are not removed, and are in the vote's groups.
   */
  async fixRoll(
    workshopId: string,
    stageId: string,
    settings: VoteSettings,
    present: readonly string[],
  ): Promise<string[]> {
    const records = await Promise.all(present.map((id) => this.store.getParticipant(workshopId, id)));
    const roll = records
      .filter((p) => p !== undefined)
      .filter((p) => p.inviteId !== undefined && typeof p.removedAt !== 'number')
      .filter((p) => !settings.groups || settings.groups.includes(p.group))
      .map((p) => p.id)
      .sort();
    await this.store.putVoteRoll(workshopId, stageId, roll);
    return roll;
  }

  /** The participants of a workshop whose ballots no tally counts. */
  private removedOf(workshopId: string): Promise<Set<string>> {
    const read = () =>
      this.store
        .listParticipants(workshopId)
        .then((all) => new Set(all.filter((p) => typeof p.removedAt === 'number').map((p) => p.id)));
    // Another process may remove someone: read it at every count rather than keep it here.
    if (this.store.shared) return read();
    let known = this.removed.get(workshopId);
    if (!known) {
      known = read();
      known.catch(() => this.removed.delete(workshopId));
      this.removed.set(workshopId, known);
    }
    return known;
  }

  /**
   * Participants were removed (or restored): their ballots leave (or rejoin) every tally at once,
   * and every vote that has opened is recounted.
   */
  async participantsRemoved(
    workshopId: string,
    participantIds: readonly string[],
    removed: boolean,
  ): Promise<void> {
    const set = await this.removedOf(workshopId);
    for (const id of participantIds) {
      if (removed) set.add(id);
      else set.delete(id);
    }
    const room = await this.docs.get(workshopId);
    for (const stage of readStages(room.doc)) {
      if (stage.kind === 'vote' && stage.state !== 'draft') await this.recount(workshopId, stage.id);
    }
  }

  /** The current results of every vote of a workshop that has been opened. */
  async tallies(workshopId: string): Promise<Array<{ stageId: string; results: VoteResults }>> {
    const room = await this.docs.get(workshopId);
    const out: Array<{ stageId: string; results: VoteResults }> = [];
    for (const stage of readStages(room.doc)) {
      if (stage.kind !== 'vote' || stage.state === 'draft') continue;
      const results = await this.results(workshopId, stage);
      if (results) out.push({ stageId: stage.id, results });
    }
    return out;
  }

  /** After a cast: soon, recount turnout, refresh live results in the doc, and tell facilitators. */
  scheduleRecount(workshopId: string, stageId: string): void {
    const key = `${workshopId}/${stageId}`;
    if (this.pendingRecounts.has(key)) return;
    const timer = setTimeout(() => {
      this.pendingRecounts.delete(key);
      this.recount(workshopId, stageId).catch((err: unknown) =>
        this.log.error({ err, workshopId, stageId }, 'recount failed'),
      );
    }, RECOUNT_DELAY_MS);
    this.pendingRecounts.set(key, timer);
  }

  /**
   * Writes turnout (and results, when the room may see them) into the doc now. With several
   * processes on one store, another one may store a ballot between this count and its write, and
   * its own recount may land first: so the count is read again after writing, and written again
   * while it changed (a few rounds at most), so the last write any process makes counts every
   * ballot. One process needs no second read: a cast that lands meanwhile schedules its own recount.
   */
  async recount(workshopId: string, stageId: string): Promise<VoteResults | undefined> {
    const room = await this.docs.get(workshopId);
    let written: string | undefined;
    let results: VoteResults | undefined;
    for (let round = 0; round < RECOUNT_ROUNDS; round++) {
      const stage = findStage(room.doc, stageId);
      results = stage ? await this.results(workshopId, stage) : undefined;
      if (!stage || !results) return undefined;
      const counted = JSON.stringify(results);
      if (counted === written) break;
      const shown = shownToRoom(stage, results);
      const turnout = results.voters;
      await room.change((doc) => updateVote(doc, stageId, { turnout, ...(shown ? { results: shown } : {}) }));
      written = counted;
      if (!this.store.shared) break;
    }
    if (results) this.events.emit('tally', { workshopId, stageId, results });
    return results;
  }

  audit(workshopId: string, content: Omit<AuditContent, 'at'>): Promise<AuditEntry> {
    const at = this.clock.now();
    return this.store.appendAudit(workshopId, (prevHash, seq) =>
      sealEntry({ ...content, at }, prevHash, seq),
    );
  }

  /** Stops pending recounts (shutdown). */
  close(): void {
    for (const timer of this.pendingRecounts.values()) clearTimeout(timer);
    this.pendingRecounts.clear();
  }
}

/** Items (or options) in result order with their ranks, for any kind (each kind says how). */
export function rankedIds(results: VoteResults): Array<{ id: string; rank: number }> {
  return rankedIdsOf(results.overall);
}

/**
 * What the room may see of these results now, or undefined to leave what it saw. Revealed, or live
 * and closed: everything. Live and open: a named vote everything; an anonymous one only in steps of
 * LIVE_STEP_VOTERS new voters and without the breakdown by group, which comes at close.
 */
export function shownToRoom(stage: StageView, results: VoteResults): VoteResults | undefined {
  const settings = stage.vote?.settings;
  if (stage.state === 'revealed') return results;
  if (settings?.results !== 'live') return undefined;
  if (stage.state !== 'open' || !settings.anonymous) return results;
  const seen = stage.vote?.results ?? null;
  // The first results the room sees are the empty ones at opening, or a full first step; after
  // that, only whole steps of new voters.
  const held =
    seen === null
      ? results.voters !== 0 && results.voters < LIVE_STEP_VOTERS
      : results.voters - seen.voters < LIVE_STEP_VOTERS;
  if (held) return undefined;
  return { ...results, byGroup: [] };
}
