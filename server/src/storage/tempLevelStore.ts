/** For unit tests of the parts that store: a LevelStore in a fresh temporary folder for each test. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { LevelStore } from './LevelStore.js';

/** Opens a store before each test (handed to `opened`), closes and deletes it after. */
export function useTempLevelStore(opened: (store: LevelStore) => void): void {
  let dir = '';
  let store: LevelStore | undefined;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'majlis-'));
    store = await LevelStore.open(dir);
    opened(store);
  });
  afterEach(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });
}
