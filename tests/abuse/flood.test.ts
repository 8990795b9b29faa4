/**
 * Issue 8, item 1: 100 participant tokens × 20 `item:add` each, all at once, against a server in its
 * own process, watched by a probe in a third. Bounded: 2,000 commands on loopback, one minute at most.
 */
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, type ServerProcess, startProbe, startServerProcess } from '../support/serverProcess.js';
import {
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  joinWorkshop,
  synced,
} from '../support/testServer.js';

const TOKENS = 100;
const ADDS_EACH = 20;

describe('a flood of ideas from many tokens', () => {
  let server: ServerProcess;
  /** Set while the probe runs, so a failing test still stops it. */
  let stopProbe: (() => Promise<number[]>) | undefined;
  beforeAll(async () => {
    server = await startServerProcess();
  });
  afterAll(async () => {
    await stopProbe?.();
    await server?.stop();
  });

  it('keeps the server answering: healthz p99 ≤ 200 ms, every command answered within 2 s, nobody dropped', async () => {
    const target = await createWorkshop(server.url, { title: 'Flooded', locale: 'en', template: 'blank' });
    const other = await createWorkshop(server.url, { title: 'Elsewhere', locale: 'ar', template: 'blank' });
    const board = connectYjs(server.url, target.id, target.boardToken);
    await synced(board);
    const stageId = board.view()?.stages[0]?.id as string;
    board.destroy();

    const sockets: ClientSocket[] = [];
    let dropped = 0;
    for (let i = 0; i < TOKENS; i++) {
      const joined = await joinWorkshop(server.url, target.joinCode, { name: `Bot ${i}` });
      const socket = await connectSocket(server.url, joined.token);
      socket.on('disconnect', () => {
        dropped += 1;
      });
      sockets.push(socket);
    }
    const elsewhere = await connectSocket(server.url, other.facilitatorKey);
    elsewhere.on('disconnect', () => {
      dropped += 1;
    });

    const probe = startProbe(server.url);
    stopProbe = probe.finish;
    await new Promise((r) => setTimeout(r, 300));
    const otherLatencies: number[] = [];
    let flooding = true;
    const otherLoop = (async () => {
      while (flooding) {
        const start = performance.now();
        await command(elsewhere, 'clock:sync', {});
        otherLatencies.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    const outcomes: Array<{ code: string; ms: number }> = [];
    await Promise.all(
      sockets.flatMap((socket, s) =>
        Array.from({ length: ADDS_EACH }, async (_, n) => {
          const start = performance.now();
          const ack = await command(socket, 'item:add', { stageId, title: `Flood ${s}-${n}` }).catch(
            () => null,
          );
          outcomes.push({
            code: ack ? (ack.ok ? 'ok' : ack.error.code) : 'no answer',
            ms: performance.now() - start,
          });
        }),
      ),
    );
    flooding = false;
    await otherLoop;
    const healthz = await probe.finish();
    stopProbe = undefined;

    const codes = new Map<string, number>();
    for (const o of outcomes) codes.set(o.code, (codes.get(o.code) ?? 0) + 1);
    const figures = {
      commands: outcomes.length,
      codes: Object.fromEntries(codes),
      slowestAckMs: Math.round(Math.max(...outcomes.map((o) => o.ms))),
      healthzP99Ms: Math.round(percentile(healthz, 99)),
      healthzMaxMs: Math.round(Math.max(...healthz)),
      healthzSamples: healthz.length,
      otherWorkshopP99Ms: Math.round(percentile(otherLatencies, 99)),
      dropped,
    };
    console.log('flood figures', JSON.stringify(figures));
    expect(outcomes).toHaveLength(TOKENS * ADDS_EACH);
    expect([...codes.keys()].filter((c) => c !== 'ok' && c !== 'rate_limited')).toEqual([]);
    expect(figures.slowestAckMs).toBeLessThanOrEqual(2_000);
    expect(figures.healthzP99Ms).toBeLessThanOrEqual(200);
    // Measured from this process, which is also busy reading 2,000 answers: an upper bound of what
    // the other workshop's facilitator sees. The server's own responsiveness is the probe's figure.
    expect(figures.otherWorkshopP99Ms).toBeLessThanOrEqual(500);
    expect(dropped).toBe(0);
    for (const s of sockets) s.close();
    elsewhere.close();
  });
});
