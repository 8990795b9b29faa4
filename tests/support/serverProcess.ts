/**
 * The real server in a process of its own, and a probe process beside it: for abuse tests, where
 * the attacking clients must not share an event loop with the server they measure.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newDataDir } from './testServer.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Whether `taskset` (util-linux) is here to pin a process to a core. */
export const hasTaskset = spawnSync('taskset', ['-V']).status === 0;

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Its DATA_DIR (kept after `stop`, so a second process can start on the same data). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts `server/src/main.ts` on a free loopback port and resolves with its address. With
 * `compiled`, the production start instead (`server/dist/main.js`, as `pnpm build` makes it, no
 * TypeScript loader); with `core`, pinned to that core by `taskset` where it exists.
 */
export async function startServerProcess(
  env: Record<string, string> = {},
  options: { compiled?: boolean; core?: number; dataDir?: string } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await newDataDir());
  const node = [
    ...(process.env.PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR}`] : []),
    ...(options.compiled
      ? [join(repoRoot, 'server/dist/main.js')]
      : ['--import', 'tsx', join(repoRoot, 'server/src/main.ts')]),
  ];
  const pinned = options.core !== undefined && hasTaskset;
  const child = spawn(
    pinned ? 'taskset' : process.execPath,
    pinned ? ['-c', String(options.core), process.execPath, ...node] : node,
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        CLIENT_DIST: join(dataDir, 'no-client'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${seen}`));
    }, 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  return {
    url,
    child,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** Latencies (ms) of `GET /healthz`, one request after another, from a separate process. */
export interface Probe {
  /** Stops probing and returns every latency measured, in order. */
  finish(): Promise<number[]>;
}

const PROBE_SCRIPT = `
const url = process.argv[1];
const out = [];
let stop = false;
process.on('message', () => { stop = true; });
(async () => {
  while (!stop) {
    const start = performance.now();
    try { await fetch(url, { signal: AbortSignal.timeout(30000) }); out.push(performance.now() - start); }
    catch { out.push(30000); }
    await new Promise((r) => setTimeout(r, 20));
  }
  process.send(out, () => process.exit(0));
})();
`;

/** Starts polling `/healthz` every ~20 ms from another process. */
export function startProbe(baseUrl: string): Probe {
  const child = spawn(process.execPath, ['-e', PROBE_SCRIPT, `${baseUrl}/healthz`], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const result = new Promise<number[]>((resolve) => {
    child.once('message', (m) => resolve(m as number[]));
    child.once('exit', () => resolve([]));
  });
  let finished: Promise<number[]> | undefined;
  return {
    finish() {
      finished ??= (() => {
        if (child.connected) child.send('stop');
        // A probe that cannot answer is killed rather than left running.
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        return result.finally(() => clearTimeout(killer));
      })();
      return finished;
    },
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
