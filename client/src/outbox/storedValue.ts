/**
 * A value kept on the device and held in memory: read from localStorage once, through a checked
 * reader, and written back on every change. Changes are synchronous and in memory, so two answers
 * landing in one tick cannot overwrite each other, and nothing re-reads or re-parses the storage.
 */
import { readString, writeJson } from '../lib/storage';

export interface StoredValue<T> {
  readonly get: () => T;
  /** Applies `update` to the current value, stores the result and returns it. */
  readonly change: (update: (value: T) => T) => T;
}

function parse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * `read` turns whatever the storage holds (undefined when nothing) into a well-formed value. What it
 * leaves out is left out on the device too, so that it is not met again at the next start.
 */
export function storedValue<T>(key: string, read: (stored: unknown) => T): StoredValue<T> {
  const raw = readString(key);
  let value = read(parse(raw));
  if (raw !== null && JSON.stringify(value) !== raw) writeJson(key, value);
  return {
    get: () => value,
    change: (update) => {
      const next = update(value);
      if (next !== value) {
        value = next;
        writeJson(key, next);
      }
      return next;
    },
  };
}
