/** The real server with the built client, for e2e tests. Builds the client first if it is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '@majlis/server';
import { loadConfig } from '@majlis/server/config';
import { newDataDir } from '../../support/testServer.js';
import { repoRoot } from './browser.js';

export async function startAppServer(dataDir?: string, port = 0) {
  const clientDist = join(repoRoot, 'client/dist');
  if (!existsSync(join(clientDist, 'index.html'))) {
    const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the client build failed');
  }
  const dir = dataDir ?? (await newDataDir());
  const server = await startServer(
    loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      CLIENT_DIST: clientDist,
    }),
  );
  return { server, dataDir: dir, url: server.url };
}
