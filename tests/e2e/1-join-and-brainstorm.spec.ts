/**
 * Phase 1 of a workshop, as people do it: a facilitator creates the workshop, the board goes on the
 * projector, two phones (Arabic and English) join and add ideas, which reach the board and the
 * console live; a phone reloads, the server restarts, and everything comes back by itself.
 * Every route is checked with axe-core; screenshots go to the folder printed at the end.
 */
import type { WorkshopSummary } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { api } from '../support/testServer.js';
import { startAppServer, useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { addIdea, expectAccessible, joinOnPage } from './support/flows.js';

describe('phase 1: create, join, brainstorm', () => {
  const suite = useBrowserAndApp();

  it('runs the whole user story with a facilitator, a board and two phones', async () => {
    // The facilitator creates an Arabic workshop from the VLR template on a laptop in English.
    const laptop = await newDevice(suite.browser, LAPTOP, 'en');
    const console_ = await laptop.newPage();
    await console_.goto(`${suite.app.url}/`);
    await expectAccessible(console_, '/');
    await screenshot(console_, 'home-en');
    await console_
      .getByLabel('Workshop title')
      .fill('ورشة تحضيرية للاستعراض المحلي الطوعي الثاني لمدينة عمّان');
    await console_.locator('input[value="ar"]').first().check({ force: true });
    await console_.getByRole('button', { name: 'Create the workshop' }).click();
    await console_.waitForURL(/\/w\/[^/]+\/facilitate#key=/);
    await console_.getByText('Your secret facilitator link — keep it').waitFor();
    const workshopId = new URL(console_.url()).pathname.split('/')[2] as string;
    const key = decodeURIComponent(new URL(console_.url()).hash.replace('#key=', ''));
    await expectAccessible(console_, '/w/:id/facilitate');

    const { body: summary } = await api<WorkshopSummary>(suite.app.url, `/api/workshops/${workshopId}`, {
      token: key,
    });
    expect(summary.stages).toHaveLength(5);
    const boardLink = summary.links?.board as string;
    const joinLink = summary.links?.join as string;

    // The board on the projector shows the title, the join code and the QR code.
    const projector = await newDevice(suite.browser, PROJECTOR, 'ar');
    const board = await projector.newPage();
    await board.goto(boardLink);
    await board.getByRole('heading', { name: 'مراجعة أولويات الاستعراض الأول' }).waitFor();
    await board.waitForFunction(
      (code) => (document.body.textContent ?? '').replace(/\s/g, '').includes(code),
      summary.joinCode,
    );
    const qr = await board.locator('svg[role="img"], .qr svg, [class*="qr"] svg').first().boundingBox();
    expect(qr?.height ?? 0).toBeGreaterThanOrEqual(1080 * 0.25);
    await expectAccessible(board, '/w/:id/board');
    await screenshot(board, 'board-ar-empty');

    // Two phones join: one in Arabic, one in English.
    const phoneAr = await (await newDevice(suite.browser, PHONE, 'ar')).newPage();
    await phoneAr.goto(joinLink);
    await expectAccessible(phoneAr, '/join/:code');
    await screenshot(phoneAr, 'join-ar');
    await joinOnPage(phoneAr, joinLink, {
      lang: 'ar',
      name: 'ليلى حداد',
      organization: 'جمعية أصدقاء البيئة',
      group: 'civil_society',
    });
    await expectAccessible(phoneAr, '/w/:id/me');
    expect(await phoneAr.getAttribute('html', 'dir')).toBe('rtl');

    const phoneEn = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await joinOnPage(phoneEn, joinLink, {
      lang: 'en',
      name: 'Omar Khalil',
      organization: 'UN-Habitat',
      group: 'un_agency',
    });
    expect(await phoneEn.getAttribute('html', 'dir')).toBe('ltr');

    // The room moves to the brainstorm; both phones follow.
    await console_.keyboard.press('n');
    await phoneAr.getByRole('heading', { name: 'العصف الذهني للأولويات المحلية' }).waitFor();
    await phoneEn.getByRole('heading', { name: 'Brainstorm local priorities' }).waitFor();

    // Ideas from both phones reach the board and the console within a second.
    const arIdea = 'ممرات آمنة للمشاة حول المدارس';
    const enIdea = 'Solar street lighting';
    await addIdea(phoneAr, 'ar', arIdea, [11, 3]);
    const started = Date.now();
    await board.locator('.board-item', { hasText: arIdea }).waitFor({ timeout: 1_000 });
    await console_.getByText(arIdea).first().waitFor({ timeout: 1_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await addIdea(phoneEn, 'en', enIdea, [7]);
    await board.locator('.board-item', { hasText: enIdea }).waitFor({ timeout: 1_000 });
    await console_.getByText(enIdea).first().waitFor({ timeout: 1_000 });

    // Who is here, by group, on the board.
    const presence = board.locator('.board-presence');
    await presence.locator('li', { hasText: 'المجتمع المدني' }).getByText('1').waitFor();
    await presence.locator('li', { hasText: 'وكالات الأمم المتحدة' }).getByText('1').waitFor();
    expect(await presence.locator('.board-presence__total').textContent()).toBe('2');
    await screenshot(board, 'board-ar-ideas');
    await screenshot(console_, 'console-en-ideas');
    await screenshot(phoneAr, 'phone-ar-ideas');
    await screenshot(phoneEn, 'phone-en-ideas');
    await expectAccessible(board, '/w/:id/board (ideas)');
    await expectAccessible(console_, '/w/:id/facilitate (ideas)');
    await expectAccessible(phoneEn, '/w/:id/me (en)');

    // The board in English, as another projector would show it.
    const boardEn = await (await newDevice(suite.browser, PROJECTOR, 'en')).newPage();
    await boardEn.goto(boardLink.replace('#', '?lang=en#'));
    await boardEn.getByRole('heading', { name: 'Brainstorm local priorities' }).waitFor();
    await screenshot(boardEn, 'board-en-ideas');

    // A reload keeps the phone joined; nothing is asked again.
    await phoneAr.reload();
    await phoneAr.getByText(arIdea).first().waitFor();
    expect(new URL(phoneAr.url()).pathname).toBe(`/w/${workshopId}/me`);
    // The doc does not say whose an idea is; the phone still lists its own under "my ideas".
    await phoneAr.locator('.my-ideas', { hasText: arIdea }).waitFor();
    expect(await phoneEn.locator('.my-ideas', { hasText: arIdea }).count()).toBe(0);
    await phoneEn.locator('.my-ideas', { hasText: enIdea }).waitFor();

    // The server restarts; every client reconnects by itself and nothing is lost.
    const port = Number(new URL(suite.app.url).port);
    await suite.app.server.close();
    suite.app = await startAppServer(suite.app.dataDir, port);
    const afterRestart = 'Heatwave adaptation plan';
    await phoneEn.getByText('Online').waitFor({ timeout: 20_000 });
    await addIdea(phoneEn, 'en', afterRestart, [13]);
    await board.locator('.board-item', { hasText: afterRestart }).waitFor({ timeout: 20_000 });
    await console_.getByText(afterRestart).first().waitFor({ timeout: 20_000 });
    expect(await board.locator('.board-item').count()).toBe(3);

    // Only the console learns who wrote what (the doc does not say): the facilitator's own idea is
    // marked as theirs, the phones' ideas are not.
    const fromTheFloor = 'Shade over bus stops';
    await console_.getByText('Add an idea').click();
    await console_.locator('.add-idea__form').getByLabel('Idea', { exact: true }).fill(fromTheFloor);
    await console_.getByRole('button', { name: 'Add idea', exact: true }).click();
    const row = (title: string) => console_.locator('.curate-item', { hasText: title });
    await row(fromTheFloor).locator('.pill', { hasText: 'Facilitator' }).waitFor({ timeout: 10_000 });
    for (const title of [arIdea, enIdea, afterRestart]) {
      expect(await row(title).locator('.pill', { hasText: 'Facilitator' }).count()).toBe(0);
    }
  });

  it('shows designed, accessible screens for a bad link and an unknown page', async () => {
    const page = await (await newDevice(suite.browser, PHONE, 'en')).newPage();
    await page.goto(`${suite.app.url}/w/unknownWorkshop1/board#token=b.unknownWorkshop1.forged`);
    await page
      .getByRole('heading', { name: 'This link is not valid or has expired' })
      .waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'bad board link');
    await screenshot(page, 'problem-en-bad-link');
    await page.goto(`${suite.app.url}/no/such/page`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, '404');
    await page.goto(`${suite.app.url}/join`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page, '/join');
    await screenshot(page, 'join-en-code');
  });
});
