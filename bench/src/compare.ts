/**
 * Side by side with the reference Yjs servers (issue 12): `pnpm bench:compare` (also section 8 of
 * `pnpm bench`). Each server under test is a process of its own on 127.0.0.1 (a port the OS picks),
 * pinned to core 0 with `taskset` when it exists; the load generators are processes of their own on
 * the other core(s). Majlis runs as users run it: `server/dist/main.js` (built first), the embedded
 * LevelDB store in a temp folder. The peers are `peers/*.mjs`. Every (run, workload, server) gets a
 * fresh server; runs are interleaved (a, b, c, d for every server, then again) and each figure is the
 * median over the runs. Loopback only; every child process is killed at the end, failure or not.
 *
 * Workloads (the issue's table; counts × BENCH_COMPARE_SCALE):
 *   a. 100 full clients (providers that write and receive) editing round-robin, ~5,000 deliveries/s
 *   b. burst: the 100 full clients edit at the same instant, BENCH_COMPARE_BURSTS times, 1 s apart
 *   c. 1,000 raw receivers, 4 writers, 200 edits/s
 *   d. 5,000 raw receivers, 4 writers, 50 edits/s
 *
 * Environment (all optional):
 *   BENCH_COMPARE_RUNS       runs of every workload on every server, median taken (default 3; 0 skips)
 *   BENCH_COMPARE_SCALE      multiplies the client counts and the delivery rate of a (default 1; 0.1 for a smoke run)
 *   BENCH_COMPARE_SECONDS    length of the paced edits of a, c and d (default 5)
 *   BENCH_COMPARE_BURSTS     bursts in b (default 10)
 *   BENCH_COMPARE_WORKLOADS  which workloads, e.g. `a,c` (default a,b,c,d)
 *   BENCH_COMPARE_SERVERS    which servers, of ywss,hocuspocus,majlis (default all three)
 *   BENCH_COMPARE_GENERATORS generator processes sharing the receivers, each on a core other than the
 *                            server's (default: cores − 1, at most 4, at least 1; the writers are in the first)
 *   BENCH_COMPARE_DRAIN_MS   how long to wait for missing deliveries after the last edit (default 20000)
 *   BENCH_COMPARE_OUT        JSON results (default bench/results/compare.json for a whole run: every workload and
 *                            server, full size, 3 runs or more; else bench/results/compare-smoke.json, git-ignored)
 *   BENCH_COMPARE_DOCS       1: write the table into docs/benchmarks.md, 0: don't (default: only for a whole run)
 *   BENCH_COMPARE_FROM       a saved JSON: print its tables again without measuring (with BENCH_COMPARE_DOCS=1,
 *                            into the docs too)
 *
 * A smoke run: `BENCH_COMPARE_RUNS=1 BENCH_COMPARE_SCALE=0.1 BENCH_COMPARE_SECONDS=1.5 BENCH_COMPARE_BURSTS=3 pnpm bench:compare`.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fmt,
  type Measurement,
  markdownTables,
  merge,
  SERVERS,
  type Settings,
  summarize,
  WORKLOADS,
  type Workload,
  workload,
} from './figures.js';
import type { FromGenerator, Job, ServerKind, ToGenerator } from './generator.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const benchRoot = fileURLToPath(new URL('..', import.meta.url));

function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`${name} must be a number from ${min} to ${max}, not "${raw}"`);
  return n;
}

function envList<T extends string>(name: string, all: readonly T[]): T[] {
  const raw = process.env[name];
  if (!raw) return [...all];
  const picked = raw.split(',').map((s) => s.trim()) as T[];
  const unknown = picked.filter((p) => !all.includes(p));
  if (unknown.length > 0)
    throw new Error(`${name}: unknown ${unknown.join(', ')} (known: ${all.join(', ')})`);
  return picked;
}

export function readSettings(): Settings {
  const docs = process.env.BENCH_COMPARE_DOCS;
  const picked = {
    runs: envNumber('BENCH_COMPARE_RUNS', 3, 0, 20),
    scale: envNumber('BENCH_COMPARE_SCALE', 1, 0.01, 10),
    seconds: envNumber('BENCH_COMPARE_SECONDS', 5, 0.5, 120),
    bursts: envNumber('BENCH_COMPARE_BURSTS', 10, 1, 200),
    workloads: envList('BENCH_COMPARE_WORKLOADS', WORKLOADS),
    servers: envList('BENCH_COMPARE_SERVERS', SERVERS),
    generators: envNumber(
      'BENCH_COMPARE_GENERATORS',
      Math.max(1, Math.min(4, availableParallelism() - 1)),
      1,
      16,
    ),
    drainMs: envNumber('BENCH_COMPARE_DRAIN_MS', 20_000, 100, 120_000),
  };
  // Only a run of the whole benchmark, at full size, replaces the committed results and the docs' table.
  const whole =
    picked.scale === 1 &&
    picked.runs >= 3 &&
    picked.workloads.length === WORKLOADS.length &&
    picked.servers.length === SERVERS.length;
  return {
    ...picked,
    out:
      process.env.BENCH_COMPARE_OUT ||
      join(benchRoot, 'results', whole ? 'compare.json' : 'compare-smoke.json'),
    docs: docs === undefined || docs === '' ? whole : docs === '1',
  };
}

// ---- processes ----------------------------------------------------------------------------------

const children = new Set<ChildProcess>();
const hasTaskset = spawnSync('taskset', ['-V']).status === 0;
const cores = availableParallelism();

/** Spawns `args` pinned to `core` where taskset exists (the pid is then node's: taskset execs it). */
function spawnPinned(
  core: number | undefined,
  args: string[],
  options: Parameters<typeof spawn>[2],
): ChildProcess {
  const [cmd, rest] =
    hasTaskset && core !== undefined && cores > 1
      ? ['taskset', ['-c', String(core), process.execPath, ...args]]
      : [process.execPath, args];
  const child = spawn(cmd as string, rest as string[], options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  // Without a listener an 'error' (a failed spawn, a closed IPC pipe) would end the whole bench.
  child.on('error', (err) => console.error(`child process ${child.pid}: ${err.message}`));
  return child;
}

function killAll(): void {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) of a process, from /proc/<pid>/stat. */
async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks;
}

/** Resident memory of a process in KiB, from /proc/<pid>/status. */
async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

interface RunningServer {
  kind: ServerKind;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts one server under test on core 0 and resolves once it prints its address. */
async function startServer(kind: ServerKind, env: Record<string, string>): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'majlis-compare-'));
  const script =
    kind === 'majlis'
      ? join(repoRoot, 'server/dist/main.js')
      : join(benchRoot, 'peers', kind === 'ywss' ? 'yWebsocketServer.mjs' : 'hocuspocusServer.mjs');
  const child = spawnPinned(0, [script], {
    cwd: kind === 'majlis' ? repoRoot : benchRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      ...(kind === 'majlis'
        ? { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, CLIENT_DIST: join(dataDir, 'no-client'), ...env }
        : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`${kind} did not start: ${seen.slice(-2000)}`)),
        20_000,
      );
      const watch = (chunk: Buffer) => {
        if (seen.length < 100_000) seen += chunk.toString();
        const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(seen);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', watch);
      child.stderr?.on('data', watch);
      child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}: ${seen.slice(-2000)}`)));
    });
    if (child.pid === undefined) throw new Error(`${kind} has no pid`);
    return { kind, url, pid: child.pid, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---- Majlis over HTTP ---------------------------------------------------------------------------

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (res.status !== 201)
    throw new Error(`POST ${new URL(url).pathname}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/**
 * A workshop with its credentials: the facilitator key for c and d's writers, scribe links for a and
 * b's full clients (the key holds at most 20 connections, a scribe link 5, and scribes write the
 * notes), one joined participant for each receiver.
 */
async function majlisCredentials(
  url: string,
  w: Workload,
): Promise<{ doc: string; writers: string[]; receivers: string[] }> {
  const created = await post<{
    id: string;
    joinCode: string;
    facilitatorKey: string;
    links: { join: string };
  }>(`${url}/api/workshops`, {
    title: 'Benchmark ورشة',
    locale: 'en',
    template: 'vlr',
  });
  let writers: string[];
  if (w.writers <= 4) writers = Array.from({ length: w.writers }, () => created.facilitatorKey);
  else {
    const links = await Promise.all(
      Array.from({ length: Math.ceil(w.writers / 5) }, (_, i) =>
        post<{ token: string }>(
          `${url}/api/workshops/${created.id}/scribes`,
          { label: `Writer ${i}` },
          created.facilitatorKey,
        ),
      ),
    );
    writers = Array.from(
      { length: w.writers },
      (_, i) => (links[Math.floor(i / 5)] as { token: string }).token,
    );
  }
  const receivers: string[] = new Array(w.receivers);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(20, w.receivers) }, async () => {
      while (next < w.receivers) {
        const i = next++;
        // Through the QR code's link, as a room joins: its key skips the typed-code budgets.
        const joined = await post<{ token: string }>(`${url}/api/join`, {
          code: created.joinCode,
          key: new URL(created.links.join).hash.slice('#k='.length),
          name: `Receiver ${i}`,
          group: 'civil_society',
        });
        receivers[i] = joined.token;
      }
    }),
  );
  return { doc: created.id, writers, receivers };
}

// ---- one measurement ----------------------------------------------------------------------------

interface Generator {
  child: ChildProcess;
  next(): Promise<FromGenerator>;
  send(m: ToGenerator): void;
}

function startGenerator(index: number): Generator {
  // Core 0 is the server's; generators take the others in turn.
  const core = cores > 1 ? 1 + (index % (cores - 1)) : undefined;
  const child = spawnPinned(core, ['--import', 'tsx', join(benchRoot, 'src/generator.ts')], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const queue: FromGenerator[] = [];
  const waiting: Array<(m: FromGenerator) => void> = [];
  const deliver = (m: FromGenerator) => {
    const w = waiting.shift();
    if (w) w(m);
    else queue.push(m);
  };
  child.on('message', (m: FromGenerator) => deliver(m));
  child.once('exit', (code) => deliver({ type: 'error', message: `generator ${index} exited with ${code}` }));
  return {
    child,
    next: () => {
      const m = queue.shift();
      return m ? Promise.resolve(m) : new Promise((resolve) => waiting.push(resolve));
    },
    send: (m) => {
      // A generator may be leaving already (it exits on close): a message it can no longer take is dropped.
      if (child.connected) child.send(m, (err: Error | null) => err && undefined);
    },
  };
}

async function expect<T extends FromGenerator['type']>(
  g: Generator,
  type: T,
  timeoutMs: number,
): Promise<Extract<FromGenerator, { type: T }>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no ${type} from a generator within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const m = await Promise.race([g.next(), timeout]);
    if (m.type === 'error') throw new Error(m.message);
    if (m.type !== type) throw new Error(`expected ${type} from a generator, got ${m.type}`);
    return m as Extract<FromGenerator, { type: T }>;
  } finally {
    clearTimeout(timer);
  }
}

/** The generator's core above this share of its time: it, not the server, sets the pace. */
const GENERATOR_CPU_LIMIT = 80;

async function measure(kind: ServerKind, w: Workload, run: number, s: Settings): Promise<Measurement> {
  const env = { MAX_PARTICIPANTS: String(Math.max(2_000, w.receivers + 10)) };
  const server = await startServer(kind, env);
  const generators: Generator[] = [];
  try {
    const creds =
      kind === 'majlis'
        ? await majlisCredentials(server.url, w)
        : {
            doc: `bench-${w.id}`,
            writers: new Array<string>(w.writers).fill(''),
            receivers: new Array<string>(w.receivers).fill(''),
          };
    // Idle: started (for Majlis, with the workshop created and its people joined), no connection open.
    const settleMs = s.scale >= 1 ? 1_000 : 300;
    await sleep(settleMs);
    const rssIdleKiB = await rssKiB(server.pid);
    const count = Math.min(s.generators, Math.max(1, w.receivers));
    for (let g = 0; g < count; g++) {
      const gen = startGenerator(g);
      generators.push(gen);
      const share = (list: string[]) => list.filter((_, i) => i % count === g);
      const job: Job = {
        kind,
        url: server.url,
        doc: creds.doc,
        writers: g === 0 ? creds.writers : [],
        writerBase: 0,
        receivers: share(creds.receivers),
        plan: w.plan,
        drainMs: s.drainMs,
      };
      gen.send({ type: 'job', job });
    }
    const ready = await Promise.all(generators.map((g) => expect(g, 'ready', 180_000)));
    await sleep(settleMs);
    const rssConnectedKiB = await rssKiB(server.pid);
    const cpu0 = await cpuSeconds(server.pid);
    for (const g of generators) g.send({ type: 'go' });
    const planMs =
      w.plan.mode === 'paced'
        ? (w.plan.edits / w.plan.rate) * 1000
        : (w.plan.edits / w.plan.writers) * w.plan.burstGapMs;
    const results = await Promise.all(
      generators.map((g) => expect(g, 'result', planMs + s.drainMs + 60_000)),
    );
    const serverCpuSeconds = (await cpuSeconds(server.pid)) - cpu0;
    const rssAfterKiB = await rssKiB(server.pid);
    for (const g of generators) g.send({ type: 'close' });
    const generatorCpuPercent = Math.max(...results.map((r) => r.result.cpuPercent));
    const connections = w.writers + w.receivers;
    return {
      server: kind,
      workload: w.id,
      run,
      connections,
      edits: w.plan.edits,
      connectMs: Math.max(...ready.map((r) => r.connectMs)),
      ...merge(
        results.map((r) => r.result),
        w,
      ),
      serverCpuSeconds,
      rssIdleKiB,
      rssConnectedKiB,
      rssAfterKiB,
      rssPerConnectionKiB: (rssConnectedKiB - rssIdleKiB) / connections,
      generatorCpuPercent,
      valid: generatorCpuPercent <= GENERATOR_CPU_LIMIT,
    };
  } finally {
    await Promise.all(
      generators.map(
        (g) =>
          new Promise<void>((resolve) => {
            if (g.child.exitCode !== null || g.child.signalCode !== null) return resolve();
            const killer = setTimeout(() => g.child.kill('SIGKILL'), 10_000);
            g.child.once('exit', () => {
              clearTimeout(killer);
              resolve();
            });
            g.send({ type: 'close' });
          }),
      ),
    );
    await server.stop();
  }
}

function machine() {
  const cpuinfo = (() => {
    try {
      return spawnSync('cat', ['/proc/cpuinfo']).stdout.toString();
    } catch {
      return '';
    }
  })();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot })
    .stdout?.toString()
    .trim();
  return {
    nproc: cores,
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    node: process.version,
    taskset: hasTaskset,
    commit,
  };
}

const DOCS_START = '<!-- compare:start (written by bench/src/compare.ts) -->';
const DOCS_END = '<!-- compare:end -->';

async function writeDocs(block: string): Promise<void> {
  const path = join(repoRoot, 'docs/benchmarks.md');
  const text = await readFile(path, 'utf8');
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  const section = `${DOCS_START}\n${block}\n${DOCS_END}`;
  const next =
    start !== -1 && end > start
      ? text.slice(0, start) + section + text.slice(end + DOCS_END.length)
      : `${text.trimEnd()}\n\n## Side by side with the reference Yjs servers (issue 12)\n\n${section}\n`;
  await writeFile(path, next);
}

export async function runComparison(s: Settings = readSettings()): Promise<void> {
  if (s.runs === 0) return;
  if (s.servers.includes('majlis')) {
    // The production start: the server as `pnpm build` compiles it.
    execFileSync(process.execPath, ['scripts/buildServer.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const m = machine();
  const started = new Date();
  const load0 = loadavg()[0] ?? Number.NaN;
  console.log(
    `Side by side: ${s.runs} run(s) of ${s.workloads.join(',')} on ${s.servers.join(', ')}, scale ${s.scale}; ` +
      `${m.nproc} cores (${m.cpu}), node ${m.node}, taskset ${m.taskset ? 'yes' : 'no'}, load ${fmt(load0, 1)}`,
  );
  const workloads = s.workloads.map((id) => workload(id, s));
  const measurements: Measurement[] = [];
  const failures: Array<{ run: number; workload: string; server: ServerKind; message: string }> = [];
  for (let run = 1; run <= s.runs; run++) {
    for (const w of workloads) {
      for (const kind of s.servers) {
        const t = Date.now();
        let got: Measurement;
        try {
          got = await measure(kind, w, run, s);
        } catch (err) {
          // One failed measurement leaves the others standing; the table says what is missing.
          const message = err instanceof Error ? err.message : String(err);
          failures.push({ run, workload: w.id, server: kind, message: message.slice(0, 500) });
          console.log(`run ${run} ${w.id} ${kind}: FAILED: ${message}`);
          continue;
        }
        measurements.push(got);
        console.log(
          `run ${run} ${w.id} ${kind}: delivery p50 ${fmt(got.delivery.p50, 1)} p99 ${fmt(got.delivery.p99, 1)} ms, ` +
            `last receiver p99 ${fmt(got.lastReceiver.p99, 1)} ms${got.burst ? `, burst p99 ${fmt(got.burst.p99, 1)} ms` : ''}, ` +
            `${got.delivered}/${got.expected} delivered, server CPU ${fmt(got.serverCpuSeconds, 2)} s, ` +
            `${fmt(got.rssPerConnectionKiB, 1)} KiB/conn, generator ${fmt(got.generatorCpuPercent)} %` +
            `${got.valid ? '' : ' INVALID'} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
        );
      }
    }
  }
  const results: Results = {
    settings: s,
    machine: m,
    started: started.toISOString(),
    load: [load0, loadavg()[0] ?? Number.NaN],
    command: `${Object.entries(process.env)
      .filter(([k]) => k.startsWith('BENCH_COMPARE_'))
      .map(([k, v]) => `${k}=${v} `)
      .join('')}pnpm bench:compare`,
    measurements,
    failures,
  };
  await mkdir(dirname(s.out), { recursive: true });
  await writeFile(s.out, `${JSON.stringify({ ...results, summaries: summarize(measurements) }, null, 1)}\n`);
  console.log(`JSON: ${s.out}`);
  await report(results, s.docs);
}

/** What a run leaves in its JSON (with the summaries beside it), enough to make the tables again. */
interface Results {
  settings: Settings;
  machine: ReturnType<typeof machine>;
  started: string;
  /** Load average (1 min) at the start and at the end. */
  load: [number, number];
  command: string;
  measurements: Measurement[];
  failures: Array<{ run: number; workload: string; server: ServerKind; message: string }>;
}

/** Prints the tables and, with `docs`, puts them into docs/benchmarks.md. */
async function report(r: Results, docs: boolean): Promise<void> {
  const s = r.settings;
  const m = r.machine;
  const titles = new Map(s.workloads.map((id) => [id, workload(id, s).title]));
  const tables = markdownTables(summarize(r.measurements), titles, s.servers);
  const block = [
    `${r.started.slice(0, 16).replace('T', ' ')} UTC, commit \`${m.commit}\`: ${m.nproc} cores (${m.cpu}), node ${m.node}, ` +
      `servers pinned to core 0${m.taskset ? '' : ' (no taskset here: not pinned)'}, generator(s) to the other core; ` +
      `load average ${fmt(r.load[0], 1)} at the start, ${fmt(r.load[1], 1)} at the end. Command: \`${r.command}\` ` +
      `(${s.runs} interleaved run(s), median; ${s.seconds} s of paced edits, ${s.bursts} bursts). JSON: \`bench/results/${s.out.split('/').pop()}\`.`,
    '',
    "Cells: delivery p99 / last-receiver p99, RSS per connection (b: the burst's last receiver, p99 over the bursts). A run whose generator used more than 80 % of its core is marked INVALID: it measures the generator as much as the server.",
    '',
    tables,
    ...(r.failures.length > 0
      ? [
          '',
          `Failed (left out of the medians): ${r.failures.map((f) => `run ${f.run} ${f.workload} ${f.server}: ${f.message.slice(0, 120)}`).join('; ')}.`,
        ]
      : []),
  ].join('\n');
  console.log(`\n${tables}\n`);
  if (docs) {
    await writeDocs(block);
    console.log('docs/benchmarks.md updated');
  }
}

/** `BENCH_COMPARE_FROM=<json>`: the tables of a saved run again (after a change to how they are made), no measuring. */
async function reportFrom(path: string): Promise<void> {
  const saved = JSON.parse(await readFile(path, 'utf8')) as Partial<Results>;
  if (!saved.settings || !saved.machine || !saved.measurements || !saved.started) {
    throw new Error(`${path} is not the JSON of a side-by-side run`);
  }
  const results: Results = {
    settings: saved.settings,
    machine: saved.machine,
    started: saved.started,
    load: saved.load ?? [Number.NaN, Number.NaN],
    command: saved.command ?? 'pnpm bench:compare',
    measurements: saved.measurements,
    failures: saved.failures ?? [],
  };
  await report(results, process.env.BENCH_COMPARE_DOCS === '1');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  (process.env.BENCH_COMPARE_FROM ? reportFrom(process.env.BENCH_COMPARE_FROM) : runComparison()).then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      killAll();
      process.exit(1);
    },
  );
}
