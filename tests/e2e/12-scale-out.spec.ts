/**
 * The whole room through a load balancer (issue 11): two instances on one Redis behind nginx,
 * configured as docs/operations.md says (least_conn, no sticky sessions), and every page — the
 * facilitator's console, the board and two phones — opened only through nginx. The room
 * brainstorms and runs a dot vote while its connections are spread over both instances; each
 * instance's /metrics shows it holds some of them, and the browser saw no address but nginx's.
 */

import { hasRedisServer, startTestRedis } from '@majlis/server/testRedis';
import type { WorkshopSummary } from '@majlis/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScrape } from '../support/metricsText.js';
import { freePort, nginxBinary, startTestNginx } from '../support/testNginx.js';
import { api, startTestServer, type TestServer } from '../support/testServer.js';
import { builtClient } from './support/app.js';
import { LAPTOP, launchBrowser, newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { addIdea, expectAccessible, joinOnPage, type Lang } from './support/flows.js';

const DOTS = {
  ar: { addDot: 'أضف نقطة إلى: ', send: 'أرسل صوتي', in: 'وصل صوتك' },
  en: { addDot: 'Add a dot to: ', send: 'Submit my vote', in: 'Your vote is in' },
} as const;

/** Open connections (socket.io and Yjs, every role) an instance holds, from its own /metrics. */
async function connectionsOn(instance: TestServer): Promise<number> {
  // Asked of the instance itself over loopback, not through nginx (which the server refuses).
  const res = await fetch(`${instance.url}/metrics`);
  const scrape = parseScrape(await res.text());
  let open = 0;
  for (const [series, value] of scrape.samples) if (series.startsWith('majlis_connections{')) open += value;
  return open;
}

async function castDots(page: Page, lang: Lang, dots: Array<[string, number]>): Promise<void> {
  for (const [title, n] of dots) {
    for (let i = 0; i < n; i++)
      await page.getByRole('button', { name: `${DOTS[lang].addDot}${title}` }).click();
  }
  await page.getByRole('button', { name: DOTS[lang].send }).click();
  await page.getByText(DOTS[lang].in).first().waitFor();
}

describe.skipIf(!hasRedisServer || !nginxBinary)('scale-out: the room through nginx, two instances', () => {
  const cleanups: Array<() => unknown> = [];
  let browser: Browser;
  const instances: TestServer[] = [];
  let entry = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const redis = await startTestRedis();
    cleanups.push(() => redis.stop());
    // The instances hand out links to where people reach them: nginx, so its port comes first.
    const port = await freePort();
    entry = `http://127.0.0.1:${port}`;
    const env = {
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'e2e-scale:',
      CLIENT_DIST: builtClient(),
      PUBLIC_URL: entry,
      TRUST_PROXY: 'loopback',
    };
    for (let i = 0; i < 2; i++) {
      const instance = await startTestServer({ env });
      cleanups.push(() => instance.stop());
      instances.push(instance);
    }
    const nginx = await startTestNginx(
      instances.map((s) => s.url),
      { port },
    );
    cleanups.push(() => nginx.stop());
  });

  afterAll(async () => {
    // The browser first: nginx stops gracefully, so it waits for the WebSockets it carries to close.
    await browser?.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('brainstorms and votes with the console, the board and two phones spread over both instances', async () => {
    // Everything the browser asks for, pages and WebSockets alike, to check it only ever met nginx.
    const addresses = new Set<string>();
    const openSockets = new Set<object>();
    const device = async (kind: typeof PHONE | typeof PROJECTOR | typeof LAPTOP, lang: Lang) => {
      const context: BrowserContext = await newDevice(browser, kind, lang);
      context.on('request', (request) => {
        // data: and blob: URLs are made in the page, not fetched.
        if (/^https?:/.test(request.url())) addresses.add(new URL(request.url()).origin);
      });
      context.on('page', (page) =>
        page.on('websocket', (ws) => {
          addresses.add(new URL(ws.url()).origin.replace(/^ws/, 'http'));
          openSockets.add(ws);
          ws.on('close', () => openSockets.delete(ws));
        }),
      );
      return context.newPage();
    };

    // The facilitator creates an Arabic workshop from a laptop in English.
    const console_ = await device(LAPTOP, 'en');
    await console_.goto(`${entry}/`);
    await console_.getByLabel('Workshop title').fill('ورشة الاستعراض المحلي الطوعي — خلف موازن الأحمال');
    await console_.locator('input[value="ar"]').first().check({ force: true });
    await console_.getByRole('button', { name: 'Create the workshop' }).click();
    await console_.waitForURL(/\/w\/[^/]+\/facilitate#key=/);
    await console_.getByText('Your secret facilitator link — keep it').waitFor();
    const workshopId = new URL(console_.url()).pathname.split('/')[2] as string;
    const key = decodeURIComponent(new URL(console_.url()).hash.replace('#key=', ''));
    const { body: summary } = await api<WorkshopSummary>(entry, `/api/workshops/${workshopId}`, {
      token: key,
    });

    // The board on the projector, in Arabic; phones join by the link its QR code holds.
    const board = await device(PROJECTOR, 'ar');
    await board.goto(summary.links?.board as string);
    const qr = board.locator('.board-join__qr svg');
    await qr.waitFor();
    const joinLink = (await qr.getAttribute('aria-label')) as string;
    expect(joinLink.startsWith(`${entry}/join/`)).toBe(true);

    const phoneAr = await device(PHONE, 'ar');
    await joinOnPage(phoneAr, joinLink, { lang: 'ar', name: 'ليلى حداد', group: 'civil_society' });
    const phoneEn = await device(PHONE, 'en');
    await joinOnPage(phoneEn, joinLink, { lang: 'en', name: 'Omar Khalil', group: 'un_agency' });

    // The room moves to the brainstorm; both phones follow, whichever instance they are on.
    await console_.keyboard.press('n');
    await phoneAr.getByRole('heading', { name: 'العصف الذهني للأولويات المحلية' }).waitFor();
    await phoneEn.getByRole('heading', { name: 'Brainstorm local priorities' }).waitFor();

    // The connections are spread: each instance holds some, and between them all the browser's.
    await expect
      .poll(
        async () => {
          const held = await Promise.all(instances.map(connectionsOn));
          const total = held.reduce((a, b) => a + b, 0);
          return { bothServe: held.every((n) => n > 0), allOfThem: total === openSockets.size };
        },
        { timeout: 10_000 },
      )
      .toEqual({ bothServe: true, allOfThem: true });
    expect(openSockets.size).toBeGreaterThanOrEqual(4);

    const arIdea = 'ممرات آمنة للمشاة حول المدارس';
    const enIdea = 'Solar street lighting';
    await addIdea(phoneAr, 'ar', arIdea, [11, 3]);
    await addIdea(phoneEn, 'en', enIdea, [7]);
    for (const idea of [arIdea, enIdea]) {
      await board.locator('.board-item', { hasText: idea }).waitFor({ timeout: 10_000 });
      await console_.getByText(idea).first().waitFor({ timeout: 10_000 });
    }
    // Presence counts each phone once, on whichever instance it is.
    await expect
      .poll(() => board.locator('.board-presence__total').textContent(), { timeout: 10_000 })
      .toBe('2');
    await expectAccessible(board, 'board (ar), ideas, through nginx');
    await expectAccessible(phoneAr, 'phone (ar), ideas, through nginx');
    await screenshot(board, 'p12-board-ar-ideas');
    await screenshot(console_, 'p12-console-en-ideas');
    await screenshot(phoneAr, 'p12-phone-ar-ideas');

    // The dot vote: both phones vote, the console counts both, the board shows the results.
    await console_.keyboard.press('n');
    await console_.getByRole('heading', { name: 'Dot vote', level: 1 }).waitFor();
    await console_.getByRole('button', { name: 'Open voting' }).click();
    await castDots(phoneAr, 'ar', [
      [arIdea, 3],
      [enIdea, 2],
    ]);
    await castDots(phoneEn, 'en', [
      [arIdea, 3],
      [enIdea, 2],
    ]);
    await expectAccessible(phoneEn, 'phone (en), dot ballot, through nginx');
    await screenshot(phoneEn, 'p12-phone-en-ballot');
    await console_.getByText('2 of 2 present have voted').first().waitFor();
    await console_.getByRole('button', { name: 'Close voting' }).click();
    await console_.getByRole('button', { name: 'Reveal results' }).click();
    await console_.getByRole('button', { name: 'Reveal now' }).click();
    await board.locator('.results-bar.is-top', { hasText: arIdea }).waitFor();
    const values = await board.locator('.results-bar__value > [aria-hidden="true"]').allTextContents();
    expect(values).toEqual(['6', '4']);
    await expectAccessible(board, 'board (ar), dot results, through nginx');
    await screenshot(board, 'p12-board-ar-results');
    await screenshot(console_, 'p12-console-en-results');

    // Nothing reached the browser from anywhere but nginx.
    expect([...addresses]).toEqual([entry]);
  });
});
