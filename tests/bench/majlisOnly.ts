/**
 * The Majlis-only workloads of issue 12, each through the real protocol against the production start
 * (`server/dist/main.js`, embedded store, its own process pinned to core 0 where `taskset` exists;
 * this process, the phones, pins itself to core 1). Run directly: `npx tsx tests/bench/majlisOnly.ts`
 * (section 9 of `pnpm bench`; `BENCH_MAJLIS_PHONES=0` skips it). Loopback only, bounded in count and
 * time; the server processes are stopped and their data removed at the end, failure or not.
 *
 *   join storm:   N phones (default 1,000) each join over HTTP, connect socket.io and sync Yjs (the
 *                 stock provider), starting at random moments within BENCH_MAJLIS_JOIN_WINDOW_MS
 *                 (default 10,000): time to ready per phone
 *   vote burst:   the N phones cast a dot ballot, spread evenly over 1 s: ack p50/p99, how many were
 *                 acknowledged, and the time from the last ack until the facilitator's live tally
 *                 (`vote:tally`) counts every accepted ballot
 *   cold sync:    a fresh board client syncs the workshop once it holds 500 ideas (median of 5)
 *   long session: 2 hours of a workshop compressed into BENCH_MAJLIS_LONG_SECONDS (default 60):
 *                 BENCH_MAJLIS_LONG_PHONES phones (default 60) add ideas, the facilitator edits them,
 *                 a scribe types the notes, a vote at the end. Doc size (the replica's and the
 *                 stored bytes), resident memory over the session, the stop (which compacts every
 *                 log into one) and a restart's first sync from the compacted store.
 */
import { spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { addItems, readItems } from '@majlis/shared';
import * as Y from 'yjs';
import { hasTaskset, percentile, type ServerProcess, startServerProcess } from '../support/serverProcess.js';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  synced,
  type YClient,
} from '../support/testServer.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (kiB: number) => `${(kiB / 1024).toFixed(1)} MiB`;

function envCount(name: string, fallback: number, max: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new Error(`${name} must be a whole number from 0 to ${max}`);
  return n;
}

async function rssKiB(pid: number | undefined): Promise<number> {
  if (pid === undefined) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
}

/** A gauge of `/metrics` (answered to requests from this machine), or NaN. */
async function metric(url: string, name: string): Promise<number> {
  const res = await fetch(`${url}/metrics`).catch(() => undefined);
  const text = res?.ok ? await res.text() : '';
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
}

type Rows = Array<[string, string]>;

/** This process's CPU time over `wallMs`: above 80 % the phones, not the server, set the pace. */
function cpuShare(used: NodeJS.CpuUsage, wallMs: number): string {
  const percent = ((used.user + used.system) / 1000 / Math.max(1, wallMs)) * 100;
  return `${percent.toFixed(0)} %${percent > 80 ? ', INVALID: the phones are the bottleneck' : ''}`;
}

interface Phone {
  socket: ClientSocket;
  doc: YClient;
}

async function stopAndRemove(server: ServerProcess | undefined): Promise<void> {
  if (!server) return;
  await server.stop();
  await rm(server.dataDir, { recursive: true, force: true });
}

/** A VLR workshop and its board's replica: the brainstorm list is the second stage, the dot vote the third. */
async function openWorkshop(url: string, title: string, locale: 'ar' | 'en') {
  const w = await createWorkshop(url, { title, locale, template: 'vlr' });
  const board = connectYjs(url, w.id, w.boardToken);
  await synced(board);
  const stages = board.view()?.stages ?? [];
  return { w, board, brainstorm: stages[1]?.id as string, dots: stages[2]?.id as string };
}

/** The ideas an opened vote offers, once the board's replica has them. */
function voteTargets(board: YClient, stageId: string): Promise<readonly string[]> {
  return eventually(() => {
    const t = board.view()?.stages.find((s) => s.id === stageId)?.vote?.targets;
    return t && t.length > 0 ? t : undefined;
  }, 10_000);
}

/** Join storm, vote burst and cold sync, on one server and one workshop. */
async function crowd(phonesWanted: number, windowMs: number, rows: Rows): Promise<void> {
  let server: ServerProcess | undefined;
  const phones: Phone[] = [];
  const others: Array<{ destroy(): void } | { close(): void }> = [];
  try {
    server = await startServerProcess(
      { MAX_PARTICIPANTS: String(Math.max(2_000, phonesWanted + 10)) },
      { compiled: true, core: 0 },
    );
    const { url } = server;
    const { w, board, brainstorm, dots } = await openWorkshop(url, 'Bench ورشة', 'en');
    others.push(board);
    const tallies: Array<{ at: number; voters: number }> = [];
    const facilitator = await connectSocket(url, w.facilitatorKey, undefined, (event, ...args) => {
      if (event !== 'vote:tally') return;
      const payload = args[0] as { stageId: string; results?: { voters?: number } };
      if (payload.stageId === dots)
        tallies.push({ at: performance.now(), voters: payload.results?.voters ?? 0 });
    });
    others.push(facilitator);
    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const rssBefore = await rssKiB(server.child.pid);
    const key = new URL(w.links.join).hash.slice('#k='.length);

    // Join storm: each phone starts at a random moment of the window.
    const ready: number[] = [];
    const phases = { join: [] as number[], socket: [] as number[], sync: [] as number[] };
    const failures: string[] = [];
    const stormStart = performance.now();
    const stormCpu = process.cpuUsage();
    await Promise.all(
      Array.from({ length: phonesWanted }, async (_, i) => {
        await sleep(Math.random() * windowMs);
        const start = performance.now();
        try {
          // Through the QR code, as a room joins: the link's key skips the typed-code budgets.
          const joined = await joinWorkshop(url, w.joinCode, { name: `Phone ${i}`, group: 'community', key });
          const joinedAt = performance.now();
          // As the phone does: the live channel and the doc at once.
          const doc = connectYjs(url, w.id, joined.token);
          const [socket] = await Promise.all([
            connectSocket(url, joined.token).then((s) => {
              phases.socket.push(performance.now() - joinedAt);
              return s;
            }),
            synced(doc, 30_000).then(() => phases.sync.push(performance.now() - joinedAt)),
          ]);
          phones.push({ socket, doc });
          phases.join.push(joinedAt - start);
          ready.push(performance.now() - start);
        } catch (err) {
          failures.push(err instanceof Error ? err.message : String(err));
        }
      }),
    );
    const stormMs = performance.now() - stormStart;
    const stormLoad = cpuShare(process.cpuUsage(stormCpu), stormMs);
    rows.push([
      `join storm: ${ready.length}/${phonesWanted} phones ready (HTTP join + socket.io + Yjs sync) within ${windowMs / 1000} s`,
      `${ms(stormMs)} in all (phones' CPU ${stormLoad})`,
    ]);
    rows.push(['join storm: time to ready, p50', ms(percentile(ready, 50))]);
    rows.push(['join storm: time to ready, p99', ms(percentile(ready, 99))]);
    rows.push([
      'join storm: p50 / p99 of the HTTP join; then socket.io connected; Yjs synced',
      (['join', 'socket', 'sync'] as const)
        .map((k) => `${ms(percentile(phases[k], 50))} / ${ms(percentile(phases[k], 99))}`)
        .join('; '),
    ]);
    if (failures.length > 0)
      rows.push(['join storm: failures (first)', `${failures.length}: ${failures[0]}`]);
    const rssConnected = await rssKiB(server.child.pid);
    rows.push([
      `join storm: server RSS before / with ${phones.length} phones (2 connections each)`,
      `${mib(rssBefore)} / ${mib(rssConnected)} (${kib(((rssConnected - rssBefore) * 1024) / Math.max(1, phones.length))} a phone)`,
    ]);

    // Vote burst: ideas to vote on, then every phone casts once, spread over one second.
    const editor = connectYjs(url, w.id, w.facilitatorKey);
    others.push(editor);
    await synced(editor);
    addItems(
      editor.doc,
      Array.from({ length: 12 }, (_, i) => ({
        id: `voteItem${String(i).padStart(4, '0')}`,
        stageId: brainstorm,
        title: `idea ${i} فكرة`,
        description: '',
        sdgs: [1 + (i % 17)],
        createdAt: i,
      })),
    );
    await eventually(() => readItems(board.doc, brainstorm).length >= 12, 10_000, 'ideas on the board');
    await command(facilitator, 'stage:goto', { stageId: dots });
    const opened = await command(facilitator, 'vote:open', { stageId: dots });
    if (!opened.ok) throw new Error(`vote:open refused: ${opened.error.code}`);
    const targets = await voteTargets(board, dots);
    const acks: number[] = [];
    const refused = new Map<string, number>();
    let lastAck = 0;
    let lastOkAck = 0;
    const castStart = performance.now();
    const castCpu = process.cpuUsage();
    await Promise.all(
      phones.map(async (p, i) => {
        await sleep((i / phones.length) * 1_000);
        const sent = performance.now();
        const ack = await command(p.socket, 'vote:cast', {
          stageId: dots,
          ballot: { kind: 'dots', allocations: { [targets[i % targets.length] as string]: 1 } },
          clientVoteId: `bench-vote-${i}`,
        }).catch(() => ({ ok: false as const, error: { code: 'timeout', message: '' } }));
        lastAck = Math.max(lastAck, performance.now());
        if (ack.ok) {
          acks.push(performance.now() - sent);
          lastOkAck = Math.max(lastOkAck, performance.now());
        } else refused.set(ack.error.code, (refused.get(ack.error.code) ?? 0) + 1);
      }),
    );
    const accepted = acks.length;
    const tallied = await eventually(
      () => tallies.find((t) => t.voters >= accepted && t.at >= castStart),
      20_000,
    ).catch(() => undefined);
    rows.push([
      `vote burst: ${accepted}/${phones.length} ballots acknowledged${refused.size > 0 ? ` (refused: ${[...refused].map(([c, n]) => `${c} ${n}`).join(', ')})` : ''}`,
      `${ms(lastAck - castStart)} from the first cast to the last ack (phones' CPU ${cpuShare(process.cpuUsage(castCpu), lastAck - castStart)})`,
    ]);
    rows.push(['vote burst: ack p50', ms(percentile(acks, 50))]);
    rows.push(['vote burst: ack p99', ms(percentile(acks, 99))]);
    rows.push([
      "vote burst: last accepted ballot's ack → the facilitator's live tally counts every accepted ballot",
      tallied ? ms(tallied.at - lastOkAck) : 'never (20 s)',
    ]);

    // Cold sync of a workshop with 500 ideas. The phones leave first: a thousand replicas in this
    // process decoding the 500 ideas would hold up the new client's sync, timing this process, not the server.
    for (const p of phones.splice(0)) {
      p.socket.close();
      p.doc.destroy();
    }
    const have = readItems(editor.doc, brainstorm).length;
    addItems(
      editor.doc,
      Array.from({ length: Math.max(0, 500 - have) }, (_, i) => ({
        id: `bulkItem${String(i).padStart(4, '0')}`,
        stageId: brainstorm,
        title: `bulk idea ${i} ${'x'.repeat(60)}`,
        description: 'd'.repeat(200),
        sdgs: [1 + (i % 17)],
        createdAt: 100 + i,
      })),
    );
    await eventually(() => readItems(board.doc, brainstorm).length >= 500, 20_000, '500 ideas on the board');
    const coldTimes: number[] = [];
    let docBytes = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const fresh = connectYjs(url, w.id, w.boardToken);
      await synced(fresh, 20_000);
      coldTimes.push(performance.now() - start);
      docBytes = Y.encodeStateAsUpdate(fresh.doc).length;
      fresh.destroy();
    }
    rows.push([
      `cold sync: a new board client syncs 500 ideas (${kib(docBytes)} doc, the phones gone), median of 5`,
      ms(percentile(coldTimes, 50)),
    ]);
  } finally {
    for (const p of phones) {
      p.socket.close();
      p.doc.destroy();
    }
    for (const o of others) 'destroy' in o ? o.destroy() : o.close();
    await stopAndRemove(server);
  }
}

/** Two hours of a workshop, compressed. */
async function longSession(phoneCount: number, seconds: number, rows: Rows): Promise<void> {
  let server: ServerProcess | undefined;
  let restarted: ServerProcess | undefined;
  const phones: Phone[] = [];
  const others: Array<{ destroy(): void } | { close(): void }> = [];
  const simulatedMinutes = 120;
  /** Real ms of one simulated minute. */
  const minute = (seconds * 1000) / simulatedMinutes;
  try {
    server = await startServerProcess({}, { compiled: true, core: 0 });
    const { url } = server;
    const pid = server.child.pid;
    const { w, board, brainstorm, dots } = await openWorkshop(url, 'جلسة طويلة Long session', 'ar');
    others.push(board);
    const facilitator = await connectSocket(url, w.facilitatorKey);
    others.push(facilitator);
    await command(facilitator, 'stage:goto', { stageId: brainstorm });
    const scribe = await api<{ token: string }>(url, `/api/workshops/${w.id}/scribes`, {
      body: { label: 'Scribe' },
      token: w.facilitatorKey,
    });
    const notes = connectYjs(url, w.id, scribe.body.token);
    others.push(notes);
    await synced(notes);
    for (let i = 0; i < phoneCount; i++) {
      const joined = await joinWorkshop(url, w.joinCode, { name: `مشارك ${i}`, group: 'civil_society' });
      const socket = await connectSocket(url, joined.token);
      const doc = connectYjs(url, w.id, joined.token);
      phones.push({ socket, doc });
      await synced(doc, 30_000);
    }
    await sleep(1_000);
    const rssStart = await rssKiB(pid);
    const rssSeries: number[] = [rssStart];
    const sampler = setInterval(() => {
      rssKiB(pid).then(
        (k) => rssSeries.push(k),
        () => undefined,
      );
    }, 1_000);
    const refused = new Map<string, number>();
    const note = (ack: { ok: true } | { ok: false; error: { code: string } }, what: string) => {
      if (!ack.ok)
        refused.set(`${what} ${ack.error.code}`, (refused.get(`${what} ${ack.error.code}`) ?? 0) + 1);
    };
    const start = performance.now();
    const until = (simMinute: number) => sleep(Math.max(0, start + simMinute * minute - performance.now()));

    // Ideas: each phone adds one every ~15 minutes of the first 100, at its own offset.
    const ideas = Promise.all(
      phones.map(async (p, i) => {
        for (let k = 0; k < 7; k++) {
          await until((i / phones.length) * 14 + k * 14);
          const ack = await command(p.socket, 'item:add', {
            stageId: brainstorm,
            title: `فكرة ${i}-${k}: improve the ${k % 2 ? 'water' : 'transport'} service in district ${i % 9}`,
          });
          note(ack, 'item:add');
        }
      }),
    );
    // The facilitator tidies an idea's title every simulated minute.
    const tidying = (async () => {
      for (let m = 5; m < 100; m++) {
        await until(m);
        const items = readItems(board.doc, brainstorm);
        const item = items[m % Math.max(1, items.length)];
        if (!item) continue;
        const ack = await command(facilitator, 'item:update', {
          itemId: item.id,
          title: `${item.title.slice(0, 80)} ✓`,
        });
        note(ack, 'item:update');
      }
    })();
    // The scribe types the notes, a word at a time (~40 words a simulated minute), a paragraph every 30 words.
    const typing = (async () => {
      const fragment = notes.doc.getXmlFragment(`notes:${brainstorm}`);
      let text: Y.XmlText | undefined;
      const words = simulatedMinutes * 40;
      for (let i = 0; i < words; i++) {
        await until((i / words) * (simulatedMinutes - 5));
        notes.doc.transact(() => {
          if (!text || i % 30 === 0) {
            const paragraph = new Y.XmlElement('paragraph');
            fragment.push([paragraph]);
            text = new Y.XmlText();
            paragraph.push([text]);
          }
          text.insert(text.length, i % 3 ? 'note ' : 'ملاحظة ');
        });
      }
    })();
    await Promise.all([ideas, tidying, typing]);
    // The vote at the end: every phone casts.
    await until(110);
    await command(facilitator, 'stage:goto', { stageId: dots });
    await command(facilitator, 'vote:open', { stageId: dots });
    const targets = await voteTargets(board, dots);
    await Promise.all(
      phones.map(async (p, i) => {
        const ack = await command(p.socket, 'vote:cast', {
          stageId: dots,
          ballot: { kind: 'dots', allocations: { [targets[i % targets.length] as string]: 1 } },
          clientVoteId: `long-vote-${i}`,
        });
        note(ack, 'vote:cast');
      }),
    );
    await command(facilitator, 'vote:reveal', { stageId: dots });
    await until(simulatedMinutes);
    clearInterval(sampler);
    await sleep(1_000);
    const rssEnd = await rssKiB(pid);
    const storedBytes = await metric(url, 'majlis_doc_largest_bytes');
    const docBytes = Y.encodeStateAsUpdate(board.doc).length;
    const itemCount = readItems(board.doc).length;
    rows.push([
      `long session: 2 h compressed into ${seconds} s, ${phones.length} phones, a scribe, the facilitator`,
      `${itemCount} ideas; refused: ${refused.size > 0 ? [...refused].map(([k, n]) => `${k} ${n}`).join(', ') : 'none'}`,
    ]);
    rows.push(['long session: doc size (a replica) / stored log', `${kib(docBytes)} / ${kib(storedBytes)}`]);
    rows.push([
      'long session: server RSS at the start / peak / end',
      `${mib(rssStart)} / ${mib(Math.max(...rssSeries))} / ${mib(rssEnd)} (growth ${mib(rssEnd - rssStart)})`,
    ]);
    // Everyone leaves; the stop flushes and compacts every doc's log into one record.
    for (const p of phones.splice(0)) {
      p.socket.close();
      p.doc.destroy();
    }
    for (const o of others.splice(0)) 'destroy' in o ? o.destroy() : o.close();
    await sleep(2_000);
    rows.push(['long session: server RSS once everyone left', mib(await rssKiB(pid))]);
    const stopStart = performance.now();
    await server.stop();
    rows.push(['long session: stop (flush and compaction of the log)', ms(performance.now() - stopStart)]);
    restarted = await startServerProcess({}, { compiled: true, core: 0, dataDir: server.dataDir });
    const loadStart = performance.now();
    const fresh = connectYjs(restarted.url, w.id, w.boardToken);
    await synced(fresh, 20_000);
    rows.push([
      'long session: restart, a board client synced from the compacted store',
      `${ms(performance.now() - loadStart)} (${kib(Y.encodeStateAsUpdate(fresh.doc).length)})`,
    ]);
    fresh.destroy();
  } finally {
    for (const p of phones) {
      p.socket.close();
      p.doc.destroy();
    }
    for (const o of others) 'destroy' in o ? o.destroy() : o.close();
    await restarted?.stop();
    await stopAndRemove(server);
  }
}

export async function benchMajlisOnly(): Promise<Rows> {
  const phones = envCount('BENCH_MAJLIS_PHONES', 1_000, 10_000);
  const windowMs = envCount('BENCH_MAJLIS_JOIN_WINDOW_MS', 10_000, 600_000);
  const longPhones = envCount('BENCH_MAJLIS_LONG_PHONES', 60, 2_000);
  const longSeconds = envCount('BENCH_MAJLIS_LONG_SECONDS', 60, 7_200);
  const rows: Rows = [];
  if (phones === 0) return rows;
  // The production start: the server as `pnpm build` compiles it.
  spawnSync(process.execPath, ['scripts/buildServer.mjs'], {
    cwd: new URL('../..', import.meta.url),
    stdio: 'inherit',
  });
  try {
    await crowd(phones, windowMs, rows);
    if (longSeconds > 0 && longPhones > 0) await longSession(longPhones, longSeconds, rows);
  } catch (err) {
    // What was measured before the failure is still worth printing.
    rows.push(['FAILED', err instanceof Error ? err.message : String(err)]);
  }
  return rows;
}

// Run directly: the phones are this process, pinned to core 1 (the server gets core 0).
if (process.argv[1]?.endsWith('majlisOnly.ts')) {
  // Each stock y-websocket provider in Node registers a process exit listener.
  process.setMaxListeners(0);
  if (hasTaskset && availableParallelism() > 1)
    spawnSync('taskset', ['-a', '-cp', '1', String(process.pid)], { stdio: 'ignore' });
  benchMajlisOnly().then(
    (rows) => {
      const width = Math.max(0, ...rows.map(([k]) => k.length));
      console.log(
        `\nMajlis-only workloads (issue 12) — node ${process.version}, ${new Date().toISOString()}\n`,
      );
      for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
      process.exit(rows.some(([k]) => k === 'FAILED') ? 1 : 0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
