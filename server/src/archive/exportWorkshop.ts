/** Reads what a workshop's archive is made of from the store and its live doc, and builds it. */
import { type Archive, readStages } from '@majlis/shared';
import * as Y from 'yjs';
import type { Clock } from '../clock.js';
import type { Store } from '../storage/Store.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';
import { buildArchive } from './buildArchive.js';

/** The archive of a workshop, or undefined when there is no such workshop. */
export async function exportWorkshop(
  deps: { store: Store; docs: DocRegistry; clock: Clock },
  workshopId: string,
): Promise<Archive | undefined> {
  const { store, docs, clock } = deps;
  const workshop = await store.getWorkshop(workshopId);
  if (!workshop) return undefined;
  const room = await docs.get(workshopId);
  const doc = Y.encodeStateAsUpdate(room.doc);
  // Ballots of a vote no longer in the doc stay out: nothing in the archive could show or check them.
  const stages = readStages(room.doc).filter((s) => s.kind === 'vote');
  const votes = [];
  for (const stage of stages) votes.push({ stage, ballots: await store.listBallots(workshopId, stage.id) });
  return buildArchive({
    workshop,
    doc,
    participants: await store.listParticipants(workshopId),
    votes,
    audit: await store.listAudit(workshopId),
    exportedAt: clock.now(),
  });
}
