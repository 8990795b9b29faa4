/** A workshop's end, as the room sees it: written into the doc's meta by the server when the facilitator ends it. */
import type * as Y from 'yjs';
import { metaMap } from './raw.js';

/**
 * Marks the doc's workshop ended at `endedAt`; its participants, scribes and board can read it until
 * `guestsUntil`. Display only: the server decides from its own record what a credential opens.
 */
export function setWorkshopEnded(doc: Y.Doc, end: { endedAt: number; guestsUntil: number }): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set('endedAt', end.endedAt);
    meta.set('guestsUntil', end.guestsUntil);
  });
}
