import * as Y from 'yjs';

/**
 * True when applying `update` would change `doc`: it inserts something the doc has not seen, or
 * deletes something the doc still has. Lets the server tell a read-only client's harmless echo
 * (a cached copy re-sent after reconnect) from an attempt to write.
 */
export function updateIsNew(doc: Y.Doc, update: Uint8Array): boolean {
  const docClocks = Y.decodeStateVector(Y.encodeStateVector(doc));
  // parseUpdateMeta gives the clock range each client's structs reach, also for updates that do
  // not start at clock 0 (a state-vector-from-update would report 0 for those).
  for (const [client, to] of Y.parseUpdateMeta(update).to) {
    if (to > (docClocks.get(client) ?? 0)) return true;
  }
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return false;
  const docDeletes = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const have = docDeletes.clients.get(client) ?? [];
    for (const range of ranges) {
      if (!rangeCovered(have, range.clock, range.clock + range.len)) return true;
    }
  }
  return false;
}

/** `have` is sorted and merged, as createDeleteSetFromStructStore makes it. */
function rangeCovered(
  have: ReadonlyArray<{ clock: number; len: number }>,
  start: number,
  end: number,
): boolean {
  let at = start;
  for (const r of have) {
    if (r.clock > at) return false;
    if (r.clock + r.len >= at) at = Math.max(at, r.clock + r.len);
    if (at >= end) return true;
  }
  return at >= end;
}
