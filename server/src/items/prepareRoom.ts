/**
 * What a room needs before anyone may use it: its doc brought up to the current schema, and who
 * wrote its ideas. Schema 1 kept each idea's author in the doc; they are stored first and only then
 * taken out, so a crash in between loses nothing (the next load finds the doc still at schema 1 and
 * stores them again).
 */
import { authorsInDoc, docSchemaVersion, migrateWorkshopDoc, SCHEMA_VERSION } from '@majlis/shared';
import type { Logger } from '../logger.js';
import type { Store } from '../storage/Store.js';
import type { Room } from '../yjs/Room.js';
import { attachAuthorship, ItemAuthorship } from './ItemAuthorship.js';

export async function prepareRoom(room: Room, store: Store, log: Logger): Promise<void> {
  const found = docSchemaVersion(room.doc);
  if (found < SCHEMA_VERSION) {
    const authors = authorsInDoc(room.doc);
    await store.putItemAuthors(room.workshopId, authors);
    await room.change((doc) => migrateWorkshopDoc(doc));
    log.info(
      { workshopId: room.workshopId, from: found, to: SCHEMA_VERSION, authorsMoved: authors.length },
      'workshop doc migrated',
    );
  }
  const authorship = await ItemAuthorship.load(store, room.workshopId);
  attachAuthorship(room, authorship);
  // Ideas added through another process arrive through the doc feed. That process stored their
  // authors before the doc update (both on its one Redis connection, authorship first), so a reread
  // now finds them. A burst of updates costs two reads: one running, one after it.
  let reading = false;
  let again = false;
  const refresh = (): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    authorship
      .refresh()
      .catch((err: unknown) => log.warn({ err, workshopId: room.workshopId }, 'authorship refresh failed'))
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  room.onRemoteUpdate(refresh);
}
