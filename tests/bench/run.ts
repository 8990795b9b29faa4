/**
 * `pnpm bench`: measures the workloads a real workshop puts on one server process, on loopback,
 * and prints the figures. Bounded in count and time; nothing leaves this machine.
 *
 *   1. join burst:    N phones join and connect (HTTP + socket.io + Yjs) at once
 *   2. idea fan-out:  each of N phones adds an idea; time until the board's replica shows it
 *   3. vote burst:    N phones cast a dot ballot at once; acks and time to a complete tally
 *   4. cold load:     a workshop with many items is synced by a fresh client
 *   5. slow join:     a phone on slow 4G opens the join link in Chromium (slowJoin.ts)
 *   6. board latency: a phone's idea until the projector in Chromium shows it, with 8, 50 and 200
 *                     ideas on the list, the console and four phones open beside it (boardLatency.ts)
 *   7. scale-out:     1,000 receivers' replicas split over two server processes on one Redis, against
 *                     one process (on Redis, and on the embedded store): a phone's idea until each
 *                     replica has it (scaleOut.ts)
 *   8. side by side:  Majlis's production start against @y/websocket-server and @hocuspocus/server,
 *                     each its own process, on the issue 12 workloads (bench/src/compare.ts; its
 *                     BENCH_COMPARE_* settings are listed there, BENCH_COMPARE_RUNS=0 skips it)
 *   9. Majlis only:   join storm, vote burst, cold sync and a long session against the production
 *                     start in its own process (majlisOnly.ts; BENCH_MAJLIS_PHONES=0 skips it)
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { hasRedisServer } from '@majlis/server/testRedis';
import { addItems, readItems } from '@majlis/shared';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  startTestServer,
  synced,
} from '../support/testServer.js';
import { benchBoardLatency, describeCpu } from './boardLatency.js';
import { benchScaleOut, describeDelivery } from './scaleOut.js';
import { slowJoinRows } from './slowJoin.js';

const PHONES = Number(process.env.BENCH_PHONES ?? 200);
/** First visits of the join page on the slow profile; 0 skips the section (it needs Chromium). */
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 5);
/** Receivers of the scale-out section; 0 skips it (it needs `redis-server` on PATH). */
const SCALE_RECEIVERS = Number(process.env.BENCH_SCALE_RECEIVERS ?? 1_000);
// Each stock y-websocket provider in Node registers a process exit listener.
process.setMaxListeners(0);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main(): Promise<void> {
  const t = await startTestServer();
  const rows: Array<[string, string]> = [];
  try {
    const w = await createWorkshop(t.url, { title: 'Bench', locale: 'en', template: 'vlr' });
    const board = connectYjs(t.url, w.id, w.boardToken);
    await synced(board);
    const stages = board.view()?.stages ?? [];
    const brainstorm = stages[1]?.id as string;
    const dots = stages[2]?.id as string;
    const facilitator = await connectSocket(t.url, w.facilitatorKey);
    await command(facilitator, 'stage:goto', { stageId: brainstorm });

    // 1. join burst
    let start = performance.now();
    const phones = await Promise.all(
      Array.from({ length: PHONES }, async (_, i) => {
        const joined = await joinWorkshop(t.url, w.joinCode, { name: `Phone ${i}`, group: 'community' });
        const socket = await connectSocket(t.url, joined.token);
        const doc = connectYjs(t.url, w.id, joined.token);
        await synced(doc, 30_000);
        return { socket, doc };
      }),
    );
    rows.push([`join burst: ${PHONES} phones joined, connected, synced`, ms(performance.now() - start)]);

    // 2. idea fan-out: latency from send to the board's replica, one idea at a time from many phones
    const latencies: number[] = [];
    for (let i = 0; i < Math.min(PHONES, 100); i++) {
      const title = `idea ${i}`;
      const sent = performance.now();
      const seen = new Promise<void>((resolve) => {
        const check = () => {
          if (board.view()?.items.some((item) => item.title === title)) {
            board.doc.off('update', check);
            resolve();
          }
        };
        board.doc.on('update', check);
      });
      await command(phones[i]?.socket as never, 'item:add', { stageId: brainstorm, title });
      await seen;
      latencies.push(performance.now() - sent);
    }
    rows.push([
      `idea → board, p50 over ${latencies.length} (with ${PHONES} phones connected)`,
      ms(percentile(latencies, 50)),
    ]);
    rows.push(['idea → board, p95', ms(percentile(latencies, 95))]);
    const lastPhone = phones.at(-1);
    await eventually(
      () => (lastPhone ? readItems(lastPhone.doc.doc, brainstorm).length >= latencies.length : false),
      10_000,
    );

    // 3. vote burst
    await command(facilitator, 'stage:goto', { stageId: dots });
    await command(facilitator, 'vote:open', { stageId: dots });
    const targets = await eventually(() => {
      const v = board.view()?.stages.find((s) => s.id === dots)?.vote?.targets;
      return v && v.length > 0 ? v : undefined;
    });
    start = performance.now();
    const acks = await Promise.all(
      phones.map((p, i) =>
        command(p.socket, 'vote:cast', {
          stageId: dots,
          ballot: { kind: 'dots', allocations: { [targets[i % targets.length] as string]: 1 } },
          clientVoteId: `bench-vote-${i}`,
        }),
      ),
    );
    const acked = performance.now() - start;
    await eventually(() => board.view()?.stages.find((s) => s.id === dots)?.vote?.turnout === PHONES, 20_000);
    rows.push([`vote burst: ${acks.filter((a) => a.ok).length}/${PHONES} ballots acknowledged`, ms(acked)]);
    rows.push(['vote burst: until the turnout reached the board', ms(performance.now() - start)]);

    // 4. cold load of a large workshop
    // Bulk items go in through a facilitator's replica, as an import does (commands are rate-limited).
    const editor = connectYjs(t.url, w.id, w.facilitatorKey);
    await synced(editor);
    addItems(
      editor.doc,
      Array.from({ length: 400 }, (_, i) => ({
        id: `bulkItem${String(i).padStart(4, '0')}`,
        stageId: brainstorm,
        title: `bulk idea ${i} ${'x'.repeat(60)}`,
        description: 'd'.repeat(200),
        sdgs: [1 + (i % 17)],
        createdAt: i,
      })),
    );
    await eventually(() => readItems(board.doc, brainstorm).length >= 500, 20_000);
    editor.destroy();
    start = performance.now();
    const fresh = connectYjs(t.url, w.id, w.boardToken);
    await synced(fresh, 20_000);
    rows.push([
      `cold sync of ${fresh.view()?.items.length} items by a new client`,
      ms(performance.now() - start),
    ]);
    fresh.destroy();

    for (const p of phones) {
      p.socket.close();
      p.doc.destroy();
    }
    facilitator.close();
    board.destroy();
  } finally {
    await t.stop();
  }
  // 5. slow join: on its own server, once the crowd of sections 1–4 is gone.
  if (SLOW_RUNS > 0) rows.push(...(await slowJoinRows(SLOW_RUNS)));
  // 6. board latency: the same measure in a real browser; skipped with BENCH_BOARD_SIZES=''.
  const boardSizes = (process.env.BENCH_BOARD_SIZES ?? '8,50,200')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  // The room: the console and four phones open beside the board (BENCH_ROOM_PHONES=0: the board alone).
  const roomPhones = Number(process.env.BENCH_ROOM_PHONES ?? 4);
  const room = roomPhones > 0 ? `board, console and ${roomPhones} phones` : 'the board alone';
  for (const f of boardSizes.length > 0 ? await benchBoardLatency(boardSizes, 40, roomPhones) : []) {
    rows.push([
      `idea → board in Chromium (${room}), ${f.listSize} ideas on the list, p50 over ${f.samples}`,
      ms(f.p50),
    ]);
    rows.push([`idea → board in Chromium (${room}), ${f.listSize} ideas on the list, p95`, ms(f.p95)]);
    rows.push([
      `idea → board in Chromium (${room}), ${f.listSize} ideas on the list`,
      describeCpu(f.cpuPerIdea),
    ]);
  }
  // 7. scale-out: its own server processes and redis-server; skipped with BENCH_SCALE_RECEIVERS=0.
  if (SCALE_RECEIVERS > 0 && !hasRedisServer) rows.push(['scale-out: no redis-server on PATH', 'skipped']);
  else if (SCALE_RECEIVERS > 0) {
    for (const f of await benchScaleOut(SCALE_RECEIVERS, 20)) {
      rows.push([`scale-out: ${describeDelivery(f)}, all joined and synced`, ms(f.connectMs)]);
      rows.push([
        `scale-out: idea → every replica, p50 over ${f.delivered}/${f.receivers * f.ideas} deliveries`,
        ms(f.p50),
      ]);
      rows.push(['scale-out: idea → every replica, p99', ms(f.p99)]);
      rows.push(['scale-out: idea → every replica, max', ms(f.max)]);
    }
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\nMajlis benchmark — node ${process.version}, ${new Date().toISOString()}\n`);
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  // 8. side by side: its own server and generator processes, once everything above is gone.
  if (process.env.BENCH_COMPARE_RUNS !== '0') await runScript('../../bench/src/compare.ts');
  // 9. Majlis only: its phones in a process of their own too, pinned beside the server.
  if (process.env.BENCH_MAJLIS_PHONES !== '0') await runScript('majlisOnly.ts');
}

/** Runs a bench script (relative to this file) in a node process of its own; rejects if it fails. */
async function runScript(relative: string): Promise<void> {
  console.log('');
  const script = fileURLToPath(new URL(relative, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${relative} failed (exit ${code})`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
