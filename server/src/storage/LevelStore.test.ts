import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LevelStore } from './LevelStore.js';
import { describeStoreContract } from './storeContract.js';

const dirs: string[] = [];

describeStoreContract('LevelStore', {
  async newLocation() {
    const dir = await mkdtemp(join(tmpdir(), 'majlis-'));
    dirs.push(dir);
    return dir;
  },
  open: (dir) => LevelStore.open(dir),
  async cleanup() {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  },
});
