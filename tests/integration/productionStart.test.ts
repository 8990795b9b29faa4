/**
 * `pnpm build` then `pnpm start`, as an operator runs it: the compiled server, `server/dist/main.js`,
 * in a plain `node` process with no TypeScript loader, serving the API and stopping cleanly.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { api, createWorkshop, joinWorkshop, newDataDir } from '../support/testServer.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** Starts the compiled server on a free port; resolves with its address once it listens. */
function startCompiled(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'server/dist/main.js')], {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      CLIENT_DIST: join(dataDir, 'no-client'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(seen);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({ child, url: match[1] });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
}

describe('production start', () => {
  it('builds the server into one JavaScript file that node runs on its own', async () => {
    await promisify(execFile)(process.execPath, ['scripts/buildServer.mjs'], { cwd: repoRoot });
    const dataDir = await newDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { child, url } = await startCompiled(dataDir);
    cleanups.push(() => child.exitCode === null && child.kill('SIGKILL'));

    expect(await api(url, '/healthz')).toEqual({ status: 200, body: { ok: true } });
    const w = await createWorkshop(url);
    const phone = await joinWorkshop(url, w.joinCode);
    expect(phone.token).toEqual(expect.any(String));

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
