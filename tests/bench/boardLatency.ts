/**
 * Idea → projector latency in a real browser: the server in its own process, Chromium showing the
 * board at 1920 × 1080, a list already holding N ideas; a phone (socket.io client) adds ideas one at
 * a time, and each is timed from the send until its title is in the board's page. The cost of one
 * new idea should not grow with the list (issue 9, item 13).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, repoRoot } from '../e2e/support/browser.js';
import { startServerProcess } from '../support/serverProcess.js';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  joinWorkshop,
  synced,
} from '../support/testServer.js';
import { cpuSpentByKind, descendantCpu } from './processCpu.js';

export interface LatencyFigures {
  readonly listSize: number;
  readonly samples: number;
  readonly p50: number;
  readonly p95: number;
  /**
   * CPU time per new idea of the processes this bench started (the server, Chromium's renderers, its
   * compositor and browser process), by kind: what the room's pages cost, which on two cores is what
   * the projector queues behind. Empty where /proc is not there.
   */
  readonly cpuPerIdea: Readonly<Record<string, number>>;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * Starts watching the board for `title` with a MutationObserver in the page (no polling interval)
 * and returns what resolves once it is there. Start it before sending the idea.
 */
async function shown(page: Page, title: string): Promise<() => Promise<unknown>> {
  // A string, not a function: tsx would wrap a function in helpers the page does not have. The
  // promise is parked on the window, so setting the watch does not wait for it.
  await page.evaluate(`(() => {
    const t = ${JSON.stringify(title)};
    const present = () => document.body.textContent?.includes(t) ?? false;
    window.__majlisSeen = new Promise((resolve) => {
      if (present()) return resolve(true);
      const observer = new MutationObserver(() => {
        if (!present()) return;
        observer.disconnect();
        resolve(true);
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  })()`);
  return () => page.evaluate('window.__majlisSeen');
}

/**
 * Opens the facilitator's console and `phones` participants' pages (none of them for 0) (each joined through the API,
 * its credential put where the phone keeps it), each in its own context, and waits until they show
 * the list. Returns the contexts, to close.
 */
async function openRoom(
  browser: Browser,
  baseUrl: string,
  w: Awaited<ReturnType<typeof createWorkshop>>,
  phones: number,
): Promise<BrowserContext[]> {
  const contexts: BrowserContext[] = [];
  if (phones <= 0) return contexts;
  const consoleContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(consoleContext);
  await (await consoleContext.newPage()).goto(w.links.facilitate);
  for (let i = 0; i < phones; i++) {
    const joined = await joinWorkshop(baseUrl, w.joinCode, { name: `Phone ${i + 1}` });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    contexts.push(context);
    await context.addInitScript(
      `localStorage.setItem('majlis:participant:${joined.workshopId}', ${JSON.stringify(joined.token)});` +
        `localStorage.setItem('majlis:participant-id:${joined.workshopId}', ${JSON.stringify(joined.participantId)});`,
    );
    await (await context.newPage()).goto(`${baseUrl}/w/${joined.workshopId}/me`);
  }
  return contexts;
}

/** Measures add → board for each list size, on one server and one board page per size. */
export async function benchBoardLatency(
  listSizes: readonly number[],
  samples = 30,
  /** Phone pages open beside the board and the console; 0 measures the board alone. */
  roomPhones = 4,
): Promise<LatencyFigures[]> {
  const server = await startServerProcess({
    CLIENT_DIST: join(repoRoot, 'client/dist'),
  });
  const browser = await launchBrowser();
  const figures: LatencyFigures[] = [];
  try {
    for (const size of listSizes) {
      const w = await createWorkshop(server.url, { title: 'Latency', locale: 'en', template: 'vlr' });
      const doc = connectYjs(server.url, w.id, w.facilitatorKey);
      await synced(doc);
      const brainstorm = doc.view()?.stages[1]?.id as string;
      doc.destroy();
      const facilitator = await connectSocket(server.url, w.facilitatorKey);
      await command(facilitator, 'stage:goto', { stageId: brainstorm });
      // The facilitator fills the list (participants are capped per person and rate-limited).
      // Commands are rate-limited for everyone (a burst of 20, then 10 a second): wait and retry.
      for (let i = 0; i < size; ) {
        const ack = await command(facilitator, 'item:add', {
          stageId: brainstorm,
          title: `Priority ${i + 1}: better ${i % 2 ? 'public transport links' : 'إدارة المياه في الأحياء'}`,
        });
        if (ack.ok) i++;
        else if (ack.error.code === 'rate_limited') await new Promise((r) => setTimeout(r, 100));
        else throw new Error(`the facilitator's idea was refused: ${ack.error.code}`);
      }
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(w.links.board);
      await (await shown(page, `Priority ${size}:`))();
      // The room around the board, as in the walk-through that found the issue: the facilitator's
      // console and four phones render the same list in the same browser, on the same two cores.
      const room = await openRoom(browser, server.url, w, roomPhones);
      await page.waitForTimeout(3_000);
      const phone = await connectSocket(
        server.url,
        (await joinWorkshop(server.url, w.joinCode, { name: 'P' })).token,
      );
      const latencies: number[] = [];
      const acks: number[] = [];
      const cpuBefore = descendantCpu();
      for (let i = 0; i < samples; i++) {
        const title = `New idea ${size}-${i} from the room`;
        const seen = await shown(page, title);
        const sent = performance.now();
        const ack = await command(phone, 'item:add', { stageId: brainstorm, title });
        const acked = performance.now();
        if (!ack.ok) throw new Error(`the phone's idea was refused: ${ack.error.code}`);
        await seen();
        acks.push(acked - sent);
        latencies.push(performance.now() - sent);
        // People type: ideas arrive a few hundred ms apart, not back to back.
        await page.waitForTimeout(150);
      }
      const spent = cpuSpentByKind(cpuBefore, descendantCpu());
      const cpuPerIdea = Object.fromEntries(Object.entries(spent).map(([kind, ms]) => [kind, ms / samples]));
      if (process.env.BENCH_VERBOSE)
        console.log(size, latencies.map((l, i) => `${l.toFixed(0)}/${acks[i]?.toFixed(0)}`).join(' '));
      figures.push({
        listSize: size,
        samples,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        cpuPerIdea,
      });
      phone.close();
      facilitator.close();
      await context.close();
      for (const c of room) await c.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return figures;
}

/** "CPU per idea 264 ms (renderer 176, gpu-process 62, …)", largest first. */
export function describeCpu(cpuPerIdea: Readonly<Record<string, number>>): string {
  const parts = Object.entries(cpuPerIdea)
    .filter(([, ms]) => ms >= 0.5)
    .sort((a, b) => b[1] - a[1]);
  if (parts.length === 0) return 'CPU not measured';
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  return `CPU per idea ${total.toFixed(0)} ms (${parts.map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`).join(', ')})`;
}

// Run directly: `tsx tests/bench/boardLatency.ts [sizes…]` (BENCH_ROOM_PHONES=0: the board alone).
if (process.argv[1]?.endsWith('boardLatency.ts')) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  benchBoardLatency(
    sizes.length > 0 ? sizes : [8, 50, 200],
    40,
    Number(process.env.BENCH_ROOM_PHONES ?? 4),
  ).then(
    (figures) => {
      for (const f of figures)
        console.log(
          `idea → board (Chromium), ${f.listSize} ideas on the list: p50 ${f.p50.toFixed(0)} ms, p95 ${f.p95.toFixed(0)} ms; ${describeCpu(f.cpuPerIdea)}`,
        );
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
