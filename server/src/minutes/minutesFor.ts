/** Gathers what only the server knows (vote results, attendance, the audit chain) and builds the minutes. */
import {
  buildMinutes,
  type Locale,
  type Minutes,
  type MinutesContext,
  readMeta,
  readStages,
  type VoteResults,
} from '@majlis/shared';
import { verifyChain } from '../audit/auditChain.js';
import type { Store } from '../storage/Store.js';
import type { VoteService } from '../votes/VoteService.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';

export interface MinutesDeps {
  readonly store: Store;
  readonly docs: DocRegistry;
  readonly votes: VoteService;
}

/**
 * The minutes of a workshop in `locale` (the workshop's own language when absent), or undefined
 * when its doc holds no workshop. Every vote that has settings and has left the draft state is
 * counted from the ballots in the store, whether or not the room saw its results.
 */
export async function minutesFor(
  deps: MinutesDeps,
  workshopId: string,
  locale?: Locale,
): Promise<Minutes | undefined> {
  const room = await deps.docs.get(workshopId);
  const meta = readMeta(room.doc);
  if (!meta) return undefined;
  const results = new Map<string, VoteResults>();
  for (const stage of readStages(room.doc)) {
    if (stage.kind !== 'vote' || stage.state === 'draft' || !stage.vote?.settings) continue;
    const counted = await deps.votes.results(workshopId, stage);
    if (counted) results.set(stage.id, counted);
  }
  const [participants, audit] = await Promise.all([
    deps.store.listParticipants(workshopId),
    deps.store.listAudit(workshopId),
  ]);
  const ctx: MinutesContext = {
    locale: locale ?? meta.locale,
    results,
    // In the order they joined, so the named list reads as the room filled.
    participants: [...participants]
      .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
      .map((p) => ({
        name: p.name,
        organization: p.organization,
        group: p.group,
        nameInMinutes: p.nameInMinutes === true,
      })),
    audit: { entries: audit.length, finalHash: audit.at(-1)?.hash ?? '', intact: verifyChain(audit).valid },
  };
  return buildMinutes(room.doc, ctx);
}
