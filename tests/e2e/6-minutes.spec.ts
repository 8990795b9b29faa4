/**
 * Phase 5 and the minutes: the room records decisions and action items on the notes stage of an
 * Arabic workshop, in Arabic and English; the board and the phones show them (an Arabic board with
 * English texts and an English board with Arabic ones, 16:9 and 4:3); one phone agreed to be named in
 * the minutes and one did not; the facilitator prints the minutes with Chromium, and the PDF holds
 * the Arabic title and every action item. axe-core on every view; screenshots and PDFs go to the
 * folder printed at the end.
 */
import { join } from 'node:path';
import type { NoteBlock } from '@majlis/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createWorkshop, eventually } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, screenshot, screenshotDir } from './support/browser.js';
import { expectAccessible } from './support/flows.js';
import {
  addOutcome,
  joinWithConsent,
  minutesServed,
  openNotesStage,
  pdfHolds,
  pdfText,
  type SeededOutcome,
  writeNotes,
} from './support/room.js';

const TITLE = 'ورشة تحضيرية للاستعراض المحلي الطوعي الثاني لمدينة عمّان';

const IDEAS = [
  'Heatwave adaptation plan for vulnerable neighbourhoods',
  'منصة البيانات المفتوحة لمؤشرات المدينة',
  'Safe walking routes around schools',
];

const OUTCOMES: readonly SeededOutcome[] = [
  {
    kind: 'decision',
    text: 'اعتماد الأولويات الخمس الأولى أساسًا لتقرير الاستعراض المحلي الطوعي الثاني',
    items: [IDEAS[0] as string, IDEAS[1] as string],
    sdgs: [11, 13],
  },
  { kind: 'decision', text: 'Publish the minutes in Arabic and English within two weeks' },
  {
    kind: 'action',
    text: 'Draft the heatwave adaptation plan with the Ministry of Health',
    owner: 'Rana Haddad',
    organization: 'Greater Amman Municipality',
    due: '2026-09-30',
    status: 'in_progress',
    items: [IDEAS[0] as string],
    sdgs: [3, 13],
  },
  {
    kind: 'action',
    text: 'إطلاق منصة البيانات المفتوحة لمؤشرات المدينة وتدريب الجهات الشريكة عليها',
    owner: 'خالد العلي',
    organization: 'وحدة التحول الرقمي',
    due: '2026-12-15',
    status: 'open',
    items: [IDEAS[1] as string],
    sdgs: [9, 11, 17],
  },
  {
    kind: 'action',
    text: 'تشكيل فريق عمل للاستعراض من الجهات الشريكة',
    owner: 'ليلى منصور',
    organization: 'أمانة عمّان الكبرى',
    due: '2026-07-01',
    status: 'done',
  },
];

const NOTES: readonly NoteBlock[] = [
  { type: 'heading', level: 2, inlines: [{ text: 'ملخص النقاش' }] },
  {
    type: 'paragraph',
    inlines: [
      { text: 'اتفق الحضور على أن ' },
      { text: 'التكيّف مع موجات الحر', bold: true },
      { text: ' أولوية عاجلة للأحياء الأكثر هشاشة.' },
    ],
  },
  {
    type: 'paragraph',
    inlines: [
      { text: 'UNDP offered to share the ' },
      { text: 'VLR guidelines', link: 'https://example.org/vlr-guidelines' },
      { text: ' with the drafting team.' },
    ],
  },
  {
    type: 'list',
    ordered: false,
    items: [
      [{ type: 'paragraph', inlines: [{ text: 'جمع البيانات من المديريات قبل نهاية الشهر' }] }],
      [{ type: 'paragraph', inlines: [{ text: 'Share the draft with the municipal council' }] }],
    ],
  },
];

const ACTIONS = OUTCOMES.filter((o) => o.kind === 'action').map((o) => o.text);

/**
 * Watches a board turn its pages until every outcome has been on screen, and screenshots each page
 * as it comes (`<name>-page<n>`). The board shows a page for 12 s.
 */
async function boardShowsAll(page: Page, name: string): Promise<void> {
  const seen = new Set<string>();
  const shot = new Set<string>();
  const deadline = Date.now() + 60_000;
  while (seen.size < OUTCOMES.length) {
    if (Date.now() > deadline)
      throw new Error(
        `${name}: never showed ${OUTCOMES.map((o) => o.text)
          .filter((t) => !seen.has(t))
          .join(' | ')}`,
      );
    const body = (await page.textContent('.board__content')) ?? '';
    for (const outcome of OUTCOMES) if (body.includes(outcome.text)) seen.add(outcome.text);
    const pager = (await page.locator('.board-items__pager').count()) > 0;
    const current = pager
      ? await page
          .locator('.board-items__dots .is-current')
          .evaluate((el) => Array.from(el.parentElement?.children ?? []).indexOf(el))
      : 0;
    const key = String(current + 1);
    if (!shot.has(key) && body.trim() !== '') {
      shot.add(key);
      await screenshot(page, `${name}-page${key}`);
      expect(await fitsScreen(page)).toBe(true);
    }
    await page.waitForTimeout(500);
  }
}

/** Waits until every outcome's text is on the page. */
async function showsOutcomes(page: Page): Promise<void> {
  for (const outcome of OUTCOMES) await page.getByText(outcome.text, { exact: true }).first().waitFor();
}

/** True when nothing on the page scrolls: the board fits its screen. */
const fitsScreen = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollHeight <= window.innerHeight && root.scrollWidth <= window.innerWidth;
  });

function withLang(link: string, lang: 'ar' | 'en'): string {
  const url = new URL(link);
  url.searchParams.set('lang', lang);
  return url.href;
}

describe('phase 5: decisions, action items and the minutes', () => {
  const suite = useBrowserAndApp();

  it('shows the outcomes on the board and the phones, and prints the minutes', {
    timeout: 300_000,
  }, async () => {
    const created = await createWorkshop(suite.app.url, { title: TITLE, locale: 'ar' });
    const workshop = { id: created.id, facilitatorKey: created.facilitatorKey };

    // Two phones join: the Arabic one agrees to be named in the minutes, the English one does not.
    const phoneAr = await joinWithConsent(
      await newDevice(suite.browser, PHONE, 'ar'),
      created.links.join,
      {
        lang: 'ar',
        name: 'سلمى الخطيب',
        organization: 'جمعية الأسر المنتجة',
        group: 'civil_society',
        consent: true,
      },
      async (page) => {
        await expectAccessible(page, '/join/:code (ar), consent ticked');
        await screenshot(page, 'p6-join-ar-consent');
      },
    );
    const phoneEn = await joinWithConsent(
      await newDevice(suite.browser, PHONE, 'en'),
      created.links.join,
      { lang: 'en', name: 'Omar Saleh', group: 'academia', consent: false },
      async (page) => {
        await expectAccessible(page, '/join/:code (en), consent not ticked');
        await screenshot(page, 'p6-join-en-consent');
      },
    );

    // The room moves to "Decisions and action items": nothing recorded yet.
    const stage = await openNotesStage(suite.app.url, workshop, IDEAS);
    const board = await (await newDevice(suite.browser, PROJECTOR, 'ar')).newPage();
    await board.goto(created.links.board);
    await board.getByRole('heading', { name: 'القرارات والإجراءات' }).waitFor();
    await board.getByText('ستظهر القرارات هنا فور تسجيلها').waitFor();
    await expectAccessible(board, 'board (ar), notes stage, empty');
    await screenshot(board, 'p6-board-ar-empty');
    await phoneAr.getByText('لم يُسجَّل شيء بعد', { exact: false }).waitFor();
    await expectAccessible(phoneAr, 'phone (ar), notes stage, empty');
    await screenshot(phoneAr, 'p6-phone-ar-empty');

    // The scribe records the outcomes and the running notes; they reach the board and the phones live.
    for (const outcome of OUTCOMES) await addOutcome(stage, outcome);
    await writeNotes(suite.app.url, workshop, stage.notesStageId, NOTES);
    stage.socket.close();

    // An Arabic board with English texts among the Arabic ones.
    await board.getByText(OUTCOMES[4]?.text as string).waitFor();
    await expectAccessible(board, 'board (ar), notes stage with outcomes');
    await boardShowsAll(board, 'p6-board-ar');

    // An English board with Arabic texts among the English ones.
    const boardEn = await (await newDevice(suite.browser, PROJECTOR, 'en')).newPage();
    await boardEn.goto(withLang(created.links.board, 'en'));
    await boardEn.getByRole('heading', { name: 'Decisions and action items' }).waitFor();
    await boardEn.getByText(OUTCOMES[4]?.text as string).waitFor();
    await expectAccessible(boardEn, 'board (en), notes stage with outcomes');
    await boardShowsAll(boardEn, 'p6-board-en');

    // A 4:3 projector: the same board, scaled to fit, never scrolled.
    for (const lang of ['ar', 'en'] as const) {
      const small = await (
        await newDevice(suite.browser, { viewport: { width: 1024, height: 768 } }, lang)
      ).newPage();
      await small.goto(withLang(created.links.board, lang));
      await small.getByText(OUTCOMES[4]?.text as string).waitFor();
      expect(await fitsScreen(small)).toBe(true);
      await screenshot(small, `p6-board-${lang}-4x3`);
      await small.context().close();
    }

    // The phones: read-only cards, labels in the phone's language, texts as written.
    for (const [phone, lang] of [
      [phoneAr, 'ar'],
      [phoneEn, 'en'],
    ] as const) {
      await showsOutcomes(phone);
      await phone.getByRole('heading', { name: lang === 'ar' ? /^الإجراءات/ : /^Action items/ }).waitFor();
      // Read-only: nothing to type or tick (the only button looks back at earlier stages).
      expect(await phone.locator('main :is(input, textarea, select, [contenteditable])').count()).toBe(0);
      await expectAccessible(phone, `phone (${lang}), notes stage with outcomes`);
      await screenshot(phone, `p6-phone-${lang}`);
      await phone.screenshot({ path: join(screenshotDir, `p6-phone-${lang}-full.png`), fullPage: true });
    }

    // The minutes, once the server builds them.
    await eventually(
      () => minutesServed(suite.app.url, created.id, created.facilitatorKey),
      20_000,
      'GET /api/workshops/:id/minutes.json',
    );
    const laptop = await newDevice(suite.browser, LAPTOP, 'en');
    for (const lang of ['ar', 'en'] as const) {
      const minutes = await laptop.newPage();
      await minutes.goto(
        `${suite.app.url}/w/${created.id}/minutes?locale=${lang}#key=${encodeURIComponent(created.facilitatorKey)}`,
      );
      await minutes.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
      expect(await minutes.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // Named only with consent: the Arabic phone agreed, the English one did not.
      const body = (await minutes.textContent('body')) ?? '';
      expect(body).toContain('سلمى الخطيب');
      expect(body).not.toContain('Omar Saleh');
      for (const text of ACTIONS) expect(body).toContain(text);
      await expectAccessible(minutes, `/w/:id/minutes?locale=${lang}`);
      await screenshot(minutes, `p6-minutes-${lang}`);
      await minutes
        .getByRole('button', { name: lang === 'ar' ? 'طباعة / حفظ بصيغة PDF' : 'Print / Save as PDF' })
        .waitFor();

      const pdf = join(screenshotDir, `p6-minutes-${lang}.pdf`);
      await minutes.pdf({ path: pdf, format: 'A4', printBackground: true });
      const text = await pdfText(pdf);
      expect(pdfHolds(text, TITLE), 'the Arabic title').toBe(true);
      for (const action of ACTIONS) expect(pdfHolds(text, action), action).toBe(true);
      await minutes.close();
    }

    // Without the key, the page says what is missing instead of failing.
    const stranger = await (await newDevice(suite.browser, LAPTOP, 'en')).newPage();
    await stranger.goto(`${suite.app.url}/w/${created.id}/minutes`);
    await stranger.getByRole('heading', { name: 'This console link is incomplete' }).waitFor();
    await expectAccessible(stranger, '/w/:id/minutes without a key');
  });
});
