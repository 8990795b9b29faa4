/** The real server with the built client, for e2e tests. Builds the client first if it is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '@majlis/server';
import { loadConfig } from '@majlis/server/config';
import type { Logger } from '@majlis/server/logger';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { newDataDir } from '../../support/testServer.js';
import { launchBrowser, repoRoot, screenshotDir } from './browser.js';

/** The built client's folder (`CLIENT_DIST`), building it first if it is missing. */
export function builtClient(): string {
  const clientDist = join(repoRoot, 'client/dist');
  if (!existsSync(join(clientDist, 'index.html'))) {
    const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the client build failed');
  }
  return clientDist;
}

/** `log` receives the server's log (e.g. captureLog's, to see which requests reached it). */
export async function startAppServer(dataDir?: string, port = 0, log?: Logger) {
  const clientDist = builtClient();
  const dir = dataDir ?? (await newDataDir());
  const server = await startServer(
    loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      CLIENT_DIST: clientDist,
      SHED_LAG_MS: '5000',
    }),
    log ? { log } : {},
  );
  return { server, dataDir: dir, url: server.url };
}

export type App = Awaited<ReturnType<typeof startAppServer>>;

/**
 * One Chromium and one app server for a spec file, started before its tests and stopped after.
 * `app` may be replaced by a test that restarts the server.
 */
export function useBrowserAndApp(): { browser: Browser; app: App } {
  const suite = {} as { browser: Browser; app: App };
  beforeAll(async () => {
    suite.browser = await launchBrowser();
    suite.app = await startAppServer();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.server.close();
    console.log(`\nScreenshots in ${screenshotDir}`);
  });
  return suite;
}
