/** A workshop doc's identity: the workshop id and join code in its header. */
import type * as Y from 'yjs';
import { metaMap } from './raw.js';

/**
 * Gives a workshop doc a new id and join code and leaves the content as it was: for a workshop
 * made from an archive of another, whose content it continues under its own credentials. The new
 * workshop runs, whether or not the one it came from had ended.
 */
export function setWorkshopIdentity(doc: Y.Doc, identity: { id: string; joinCode: string }): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    meta.set('id', identity.id);
    meta.set('joinCode', identity.joinCode);
    meta.delete('endedAt');
    meta.delete('guestsUntil');
  });
}
