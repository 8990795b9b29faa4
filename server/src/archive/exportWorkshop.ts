/** Reads what a workshop's archive is made of from the store and its live doc, and builds it. */
import { type Archive, hasItem, readStages } from '@majlis/shared';
import * as Y from 'yjs';
import type { Clock } from '../clock.js';
import { authorshipOf } from '../items/ItemAuthorship.js';
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
  // Taken with the doc, before anything is awaited: the authors of exactly the ideas it holds.
  const authored = authorshipOf(room)
    .all()
    .filter((a) => hasItem(room.doc, a.itemId));
  // Ballots of a vote no longer in the doc stay out: nothing in the archive could show or check them.
  const stages = readStages(room.doc).filter((s) => s.kind === 'vote');
  const votes = [];
  for (const stage of stages) votes.push({ stage, ballots: await store.listBallots(workshopId, stage.id) });
  const participants = await store.listParticipants(workshopId);
  const known = new Set(participants.map((p) => p.id));
  // Only authors the archive can account for: one of its participants.
  const itemAuthors = authored.filter((a) => known.has(a.participantId));
  return buildArchive({
    workshop,
    doc,
    participants,
    votes,
    audit: await store.listAudit(workshopId),
    itemAuthors,
    exportedAt: clock.now(),
  });
}
