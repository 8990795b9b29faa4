/** Shape checks of a draft read back from the device's storage, which may hold anything. */

/** A plain object (not an array, not null). */
export function isRecord(x: unknown): x is Readonly<Record<string, unknown>> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A list of ids. */
export function isIds(x: unknown): x is readonly string[] {
  return Array.isArray(x) && x.every((id) => typeof id === 'string');
}
