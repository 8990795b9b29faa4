/**
 * The IndexedDB copy of a read-only replica. Storage can be missing or broken (private browsing,
 * a full disk, an old WebView): then the view simply starts without a copy, never hangs on one.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';

/** How long the view waits for the copy before going to the network without it. */
const READY_TIMEOUT_MS = 1500;

export interface DocCache {
  /** Resolves once the stored copy is in the doc, or when there is none to wait for. */
  readonly ready: Promise<void>;
  /** Stops writing to IndexedDB; the copy stays for the next visit. */
  close(): void;
  /** Deletes the copy. */
  clear(): Promise<void>;
}

export const docCacheName = (workshopId: string) => `majlis:doc:${workshopId}`;

export function openDocCache(workshopId: string, doc: Y.Doc): DocCache {
  let persistence: IndexeddbPersistence | null = null;
  try {
    persistence = new IndexeddbPersistence(docCacheName(workshopId), doc);
  } catch {
    persistence = null;
  }
  // y-indexeddb leaves a failed open as an unhandled rejection; it is expected here, not a bug.
  (persistence as unknown as { _db?: Promise<unknown> } | null)?._db?.catch(() => undefined);
  const ready = persistence
    ? Promise.race([
        persistence.whenSynced.then(() => undefined),
        new Promise<void>((resolve) => window.setTimeout(resolve, READY_TIMEOUT_MS)),
      ])
    : Promise.resolve();
  return {
    ready,
    close() {
      void persistence?.destroy().catch(() => undefined);
    },
    async clear() {
      try {
        await persistence?.clearData();
      } catch {
        // Nothing more to do: the copy is only a convenience.
      }
    },
  };
}
