/**
 * A value kept on the device and held in memory: read from localStorage once, through a checked
 * reader, and written back on every change. Changes are synchronous and in memory, so two answers
 * landing in one tick cannot overwrite each other, and nothing re-reads or re-parses the storage.
 */
import { readJson, writeJson } from '../lib/storage';

export interface StoredValue<T> {
  readonly get: () => T;
  /** Applies `update` to the current value, stores the result and returns it. */
  readonly change: (update: (value: T) => T) => T;
}

const anything = (v: unknown): v is unknown => v !== undefined;

/** `read` turns whatever the storage holds (undefined when nothing) into a well-formed value. */
export function storedValue<T>(key: string, read: (stored: unknown) => T): StoredValue<T> {
  let value = read(readJson(key, anything));
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
