/**
 * Section 5 of `pnpm bench`: a phone on a slow 4G link opens the QR code's join link, first visit.
 * Chromium with the DevTools protocol's throttling (1.6 Mbps down, 750 kbps up, 150 ms latency,
 * CPU 4× slower) against the real server and the built client on loopback. "Interactive" is the
 * moment the join form (name field, Join button, the workshop's title) is in the page, read in the
 * page itself (performance.now(), from the start of navigation).
 *
 * `npx tsx tests/bench/slowJoin.ts` runs this section alone (BENCH_SLOW_RUNS, default 5).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '@majlis/server';
import { loadConfig } from '@majlis/server/config';
import { launchBrowser, PHONE, repoRoot } from '../e2e/support/browser.js';
import { createWorkshop, newDataDir } from '../support/testServer.js';

export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1_000_000) / 8,
  uploadThroughput: (750 * 1_000) / 8,
} as const;
export const CPU_SLOWDOWN = 4;

/**
 * Installed before the page's own scripts (over the protocol, so the CSP still forbids inline ones).
 * A string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
 */
const WATCH_FOR_FORM = `(() => {
  const ready = () =>
    document.querySelector('input[autocomplete="name"]') !== null &&
    document.querySelector('form button[type="submit"]') !== null;
  const observer = new MutationObserver(() => {
    if (window.__joinInteractive === undefined && ready()) {
      window.__joinInteractive = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface SlowJoinRun {
  readonly interactiveMs: number;
  readonly loadedMs: number;
}

/** One first visit of the join link under the slow profile. */
async function once(browser: Awaited<ReturnType<typeof launchBrowser>>, link: string): Promise<SlowJoinRun> {
  const context = await browser.newContext({ ...PHONE, locale: 'ar-JO' });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FOR_FORM);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(link, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(
      () => (window as { __joinInteractive?: number }).__joinInteractive !== undefined,
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForLoadState('networkidle');
    return await page.evaluate(() => ({
      interactiveMs: (window as unknown as { __joinInteractive: number }).__joinInteractive,
      // The last byte of the last file (fonts included), not the idle time after it.
      loadedMs: Math.max(
        ...performance.getEntriesByType('resource').map((e) => (e as PerformanceResourceTiming).responseEnd),
      ),
    }));
  } finally {
    await context.close();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs the slow first visit `runs` times and returns the bench's rows. */
export async function slowJoinRows(runs: number): Promise<Array<[string, string]>> {
  const clientDist = join(repoRoot, 'client/dist');
  if (!existsSync(join(clientDist, 'index.html'))) {
    const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: repoRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('the client build failed');
  }
  const server = await startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: await newDataDir(),
      LOG_LEVEL: 'silent',
      CLIENT_DIST: clientDist,
    }),
  );
  const browser = await launchBrowser();
  try {
    const w = await createWorkshop(server.url, {
      title: 'ورشة الاستعراض المحلي الطوعي',
      locale: 'ar',
      template: 'vlr',
    });
    const results: SlowJoinRun[] = [];
    for (let i = 0; i < runs; i++) results.push(await once(browser, w.links.join));
    const interactive = results.map((r) => r.interactiveMs);
    const loaded = results.map((r) => r.loadedMs);
    const span = (v: number[]) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)} ms`;
    return [
      [
        `join page interactive, slow 4G + 4× CPU, first visit (median of ${runs})`,
        `${median(interactive).toFixed(0)} ms (${span(interactive)})`,
      ],
      ['join page, last file received (fonts included)', `${median(loaded).toFixed(0)} ms (${span(loaded)})`],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  slowJoinRows(Number(process.env.BENCH_SLOW_RUNS ?? 5)).then(
    (rows) => {
      for (const [k, v] of rows) console.log(`${k}  ${v}`);
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
