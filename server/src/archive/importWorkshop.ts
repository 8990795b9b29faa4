/**
 * Writes a verified archive into the store as a new workshop with new credentials. The workshop
 * record, the only way in, is written last: if anything fails before it, what was written belongs
 * to an id nobody can open, and no half-made workshop is ever reachable.
 */
import { setWorkshopIdentity } from '@majlis/shared';
import * as Y from 'yjs';
import { sealEntry } from '../audit/auditChain.js';
import type { Credentials } from '../auth/credentials.js';
import { type Clock, randomId, randomJoinCode } from '../clock.js';
import { authorshipOf } from '../items/ItemAuthorship.js';
import type { Store } from '../storage/Store.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';
import { importRecords } from './importRecords.js';
import type { VerifiedArchive } from './readArchive.js';

/** How many records are written at once. */
const BATCH = 200;

async function inBatches<T>(items: readonly T[], write: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH) await Promise.all(items.slice(i, i + BATCH).map(write));
}

export interface ImportedWorkshop {
  readonly id: string;
  readonly joinCode: string;
  readonly facilitatorKey: string;
}

/** The new workshop, or undefined when no free join code was found (nothing reachable was made). */
export async function importWorkshop(
  deps: { store: Store; docs: DocRegistry; credentials: Credentials; clock: Clock },
  verified: VerifiedArchive,
): Promise<ImportedWorkshop | undefined> {
  const { store, docs, credentials, clock } = deps;
  const { archive } = verified;
  const id = randomId();
  const { key, hash } = credentials.newFacilitatorKey(id);
  const records = importRecords(archive, { workshopId: id, now: clock.now(), newId: randomId });

  let joinCode = randomJoinCode();
  const room = await docs.get(id);
  // Two transactions: Yjs treats a transaction that applies an update as remote, and a local edit
  // inside it would make the doc think another client uses its id.
  await room.change((doc) => Y.applyUpdate(doc, verified.doc));
  await room.change((doc) => setWorkshopIdentity(doc, { id, joinCode }));
  await inBatches(records.participants, (p) => store.addParticipant(p));
  // Kept by the server, beside the doc: the participants keep their ids, so they keep their ideas.
  await authorshipOf(room).record(verified.authors);
  await inBatches(records.ballots, (b) => store.putBallot(id, b));
  for (const entry of records.audit) {
    await store.appendAudit(id, (prevHash, seq) => {
      // The log of a new id is empty, so the copy lands exactly where it was; anything else is a bug.
      if (prevHash !== entry.prevHash || seq !== entry.seq) throw new Error('audit copy out of place');
      return entry;
    });
  }
  await store.appendAudit(id, (prevHash, seq) => sealEntry(records.imported, prevHash, seq));

  for (let attempt = 0; attempt < 20; attempt++) {
    if (attempt > 0) {
      joinCode = randomJoinCode();
      const code = joinCode;
      await room.change((doc) => setWorkshopIdentity(doc, { id, joinCode: code }));
    }
    const stored = await store.createWorkshop({
      id,
      joinCode,
      title: archive.workshop.title,
      locale: archive.workshop.locale,
      facilitatorKeyHash: hash,
      createdAt: archive.workshop.createdAt,
    });
    if (stored) return { id, joinCode, facilitatorKey: key };
  }
  return undefined;
}
