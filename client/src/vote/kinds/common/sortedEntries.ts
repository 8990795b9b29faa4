/** An object's entries sorted by key, so that two ballots filled in in another order compare equal. */
export function sortedEntries<V>(r: Readonly<Record<string, V>>): Array<[string, V]> {
  return Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
