import * as Y from 'yjs';

/** What an update would change: the names of the root types it writes into or deletes from. */
export interface UpdateRoots {
  readonly roots: ReadonlySet<string>;
  /**
   * True when some change could not be placed under a root: it builds on content the doc does not
   * have, or deletes content the doc has never seen (Yjs would keep such a delete and apply it to
   * whatever later arrives with those ids). A scoped writer's update of that kind is refused.
   */
  readonly unresolved: boolean;
}

type Struct = Y.Item | Y.GC | Y.Skip;

/** Names the root type a type lives under; one per call of `updateRoots`, so each type is walked once. */
function rootNamer(doc: Y.Doc): (type: Y.AbstractType<unknown>) => string | undefined {
  const names = new Map<Y.AbstractType<unknown>, string | undefined>();
  for (const [key, value] of doc.share) names.set(value as unknown as Y.AbstractType<unknown>, key);
  // Iterative, so a crafted nesting thousands deep cannot overflow the stack.
  const nameOf = (type: Y.AbstractType<unknown>): string | undefined => {
    const path: Y.AbstractType<unknown>[] = [];
    let at: Y.AbstractType<unknown> | undefined = type;
    while (at && !names.has(at)) {
      path.push(at);
      const parent: unknown = at._item?.parent;
      at = parent instanceof Y.AbstractType ? (parent as Y.AbstractType<unknown>) : undefined;
    }
    const name = at ? names.get(at) : undefined;
    for (const t of path) names.set(t, name);
    return name;
  };
  return nameOf;
}

/** The struct of `structs` (sorted by clock, as Yjs keeps them) that holds `clock`. */
function structAt(structs: readonly Struct[] | undefined, clock: number): Struct | undefined {
  if (!structs || structs.length === 0) return undefined;
  let low = 0;
  let high = structs.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = structs[mid] as Struct;
    if (clock < s.id.clock) high = mid - 1;
    else if (clock >= s.id.clock + s.length) low = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The roots an update touches, decided without applying it: each new item is placed by its parent,
 * or, when the encoding leaves the parent out, by the item it was inserted next to; each new delete
 * by the item it removes. Content the doc already has (a reconnecting client's echo) does not count.
 */
export function updateRoots(doc: Y.Doc, update: Uint8Array): UpdateRoots {
  const { structs, ds } = Y.decodeUpdate(update);
  const own = new Map<number, Struct[]>();
  for (const s of structs as Struct[]) {
    const list = own.get(s.id.client) ?? [];
    list.push(s);
    own.set(s.id.client, list);
  }
  const store = doc.store.clients as Map<number, Struct[]>;
  const rootName = rootNamer(doc);
  const roots = new Set<string>();
  let unresolved = false;
  const resolving = new Set<Y.Item>();

  /** The root of whatever holds the id: an item of the doc, or one of this update. */
  const rootOfId = (id: Y.ID): string | undefined => {
    const inDoc = structAt(store.get(id.client), id.clock);
    if (inDoc instanceof Y.Item) return rootName(inDoc.parent as Y.AbstractType<unknown>);
    const inUpdate = structAt(own.get(id.client), id.clock);
    return inUpdate instanceof Y.Item ? rootOfNew(inUpdate) : undefined;
  };

  /** The root a new item goes under. */
  const rootOfNew = (item: Y.Item): string | undefined => {
    if (resolving.has(item)) return undefined; // a crafted cycle
    resolving.add(item);
    try {
      const parent = item.parent as unknown;
      if (typeof parent === 'string') return parent;
      if (parent instanceof Y.ID) return rootOfId(parent);
      const neighbour = item.origin ?? item.rightOrigin;
      return neighbour ? rootOfId(neighbour) : undefined;
    } finally {
      resolving.delete(item);
    }
  };

  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const s of structs as Struct[]) {
    if (!(s instanceof Y.Item)) continue;
    const have = known.get(s.id.client) ?? 0;
    if (s.id.clock + s.length <= have) continue; // already in the doc
    if (s.id.clock < have) {
      // Part known, part new: Yjs would trim it and link the new part after the doc's item at
      // `have - 1`, which may sit under any root. Legitimate clients never send this (they send from
      // the server's state vector), so it is refused rather than placed.
      unresolved = true;
      continue;
    }
    const root = rootOfNew(s);
    if (root === undefined) unresolved = true;
    else roots.add(root);
  }

  for (const [client, ranges] of ds.clients) {
    const have = store.get(client);
    for (const { clock, len } of ranges) {
      for (let at = clock; at < clock + len; ) {
        const inDoc = structAt(have, at);
        if (inDoc) {
          if (inDoc instanceof Y.Item && !inDoc.deleted) {
            const root = rootName(inDoc.parent as Y.AbstractType<unknown>);
            if (root === undefined) unresolved = true;
            else roots.add(root);
          }
          at = inDoc.id.clock + inDoc.length;
          continue;
        }
        const inUpdate = structAt(own.get(client), at);
        if (!inUpdate) {
          unresolved = true;
          break;
        }
        if (inUpdate instanceof Y.Item) {
          const root = rootOfNew(inUpdate);
          if (root === undefined) unresolved = true;
          else roots.add(root);
        }
        at = inUpdate.id.clock + inUpdate.length;
      }
    }
  }
  return { roots, unresolved };
}
