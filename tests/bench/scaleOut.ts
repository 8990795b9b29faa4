/**
 * Delivery over two instances (issue 11): N receivers (participants' Yjs replicas, as a phone keeps
 * the room's ideas) split half and half over two server processes on one Redis, against the same N
 * on one process on that Redis and on one process with the embedded store. A phone on the first
 * process adds ideas a few hundred ms apart; each idea is timed from the send until each receiver's
 * replica has it. Every server is a process of its own (not the bench's event loop); the receivers
 * share the bench's. Loopback only; it starts and ends its own `redis-server`.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { hasRedisServer, startTestRedis } from '@majlis/server/testRedis';
import { readItems } from '@majlis/shared';
import { percentile, type ServerProcess, startServerProcess } from '../support/serverProcess.js';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  joinWorkshop,
  synced,
  type YClient,
} from '../support/testServer.js';

export interface DeliveryFigures {
  readonly instances: number;
  /** Whether the processes ran on Redis (else one process on the embedded LevelDB). */
  readonly redis: boolean;
  readonly receivers: number;
  /** Wall time until every receiver had joined and synced its replica. */
  readonly connectMs: number;
  readonly ideas: number;
  /** Receiver × idea pairs seen; less than receivers × ideas means some never arrived. */
  readonly delivered: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** Joins and syncs at most this many receivers at a time, as people arriving rather than one spike. */
const CONNECTING_AT_ONCE = 50;
/** Ideas are sent this far apart: people type, they do not send back to back. */
const IDEA_SPACING_MS = 200;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One run: `instances` server processes on `redisUrl` (without it, one process on the embedded
 * store), `receivers` spread over them round-robin.
 */
async function measure(
  redisUrl: string | undefined,
  prefix: string,
  instances: number,
  receivers: number,
  ideas: number,
): Promise<DeliveryFigures> {
  const env = {
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: prefix } : {}),
    MAX_PARTICIPANTS: String(Math.max(2_000, receivers + 10)),
    // The receivers load the same two cores: load shedding is measured on its own (tests/abuse).
    SHED_LAG_MS: '5000',
  };
  const servers: ServerProcess[] = [];
  const replicas: YClient[] = [];
  try {
    for (let i = 0; i < instances; i++) servers.push(await startServerProcess(env));
    const urls = servers.map((s) => s.url);
    const first = urls[0] as string;
    const w = await createWorkshop(first, { title: 'Scale-out bench', locale: 'en', template: 'vlr' });
    const facilitator = await connectSocket(first, w.facilitatorKey);
    const board = connectYjs(first, w.id, w.boardToken);
    await synced(board);
    const brainstorm = board.view()?.stages[1]?.id as string;
    board.destroy();
    const goto = await command(facilitator, 'stage:goto', { stageId: brainstorm });
    if (!goto.ok) throw new Error(`stage:goto refused: ${goto.error.code}`);

    // Each receiver joins through the instance it then stays on, as behind a balancer.
    const titles: string[] = [];
    const sentAt: number[] = [];
    const latencies: number[] = [];
    let start = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(CONNECTING_AT_ONCE, receivers) }, async () => {
        while (next < receivers) {
          const i = next++;
          const url = urls[i % urls.length] as string;
          const joined = await joinWorkshop(url, w.joinCode, { name: `Receiver ${i}` });
          const replica = connectYjs(url, w.id, joined.token);
          replicas.push(replica);
          await synced(replica, 30_000);
          // Ideas come from one phone in order, so each replica waits for the next one only.
          let seen = 0;
          replica.doc.on('update', () => {
            if (seen >= titles.length) return;
            const present = new Set(readItems(replica.doc, brainstorm).map((item) => item.title));
            const now = performance.now();
            while (seen < titles.length && present.has(titles[seen] as string)) {
              latencies.push(now - (sentAt[seen] as number));
              seen++;
            }
          });
        }
      }),
    );
    const connectMs = performance.now() - start;

    const phone = await connectSocket(
      first,
      (await joinWorkshop(first, w.joinCode, { name: 'Phone' })).token,
    );
    await sleep(1_000);
    for (let i = 0; i < ideas; i++) {
      start = performance.now();
      titles.push(`Scale-out idea ${i}`);
      sentAt.push(start);
      const ack = await command(phone, 'item:add', { stageId: brainstorm, title: titles[i] as string });
      if (!ack.ok) throw new Error(`the phone's idea was refused: ${ack.error.code}`);
      await sleep(Math.max(0, IDEA_SPACING_MS - (performance.now() - start)));
    }
    await eventually(
      () => latencies.length >= receivers * ideas,
      30_000,
      'every idea on every replica',
    ).catch(() => undefined);
    phone.close();
    facilitator.close();
    return {
      instances,
      redis: redisUrl !== undefined,
      receivers,
      connectMs,
      ideas,
      delivered: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
    };
  } finally {
    for (const replica of replicas) replica.destroy();
    for (const server of servers) await server.stop();
  }
}

/**
 * One process on the embedded store (the baseline without Redis), then one process and two on one
 * test Redis, each on a fresh workshop under its own prefix.
 */
export async function benchScaleOut(receivers: number, ideas: number): Promise<DeliveryFigures[]> {
  if (!hasRedisServer) throw new Error('redis-server is not on PATH');
  const embedded = await measure(undefined, '', 1, receivers, ideas);
  const redis = await startTestRedis();
  try {
    const one = await measure(redis.url, 'bench-one:', 1, receivers, ideas);
    const two = await measure(redis.url, 'bench-two:', 2, receivers, ideas);
    return [embedded, one, two];
  } finally {
    await redis.stop();
  }
}

export function describeDelivery(f: DeliveryFigures): string {
  const where = f.instances === 1 ? 'one process' : `${f.instances} processes`;
  return `${f.receivers} receivers on ${where}, ${f.redis ? 'one Redis' : 'embedded store'}`;
}

// Run directly: `npx tsx tests/bench/scaleOut.ts` (BENCH_SCALE_RECEIVERS, default 1000).
if (process.argv[1]?.endsWith('scaleOut.ts')) {
  // Each stock y-websocket provider in Node registers a process exit listener.
  process.setMaxListeners(0);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  // On a shared machine the figures follow what else runs: say how busy it was.
  const load = () => loadavg()[0]?.toFixed(1);
  console.log(
    `node ${process.version}, ${availableParallelism()} cores, load average ${load()} at the start`,
  );
  benchScaleOut(Number(process.env.BENCH_SCALE_RECEIVERS ?? 1_000), 20).then(
    (figures) => {
      console.log(`load average ${load()} at the end`);
      for (const f of figures) {
        const pairs = f.receivers * f.ideas;
        console.log(
          `${describeDelivery(f)}: connected in ${ms(f.connectMs)}; ${f.delivered}/${pairs} deliveries, ` +
            `p50 ${ms(f.p50)}, p99 ${ms(f.p99)}, max ${ms(f.max)}`,
        );
      }
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
