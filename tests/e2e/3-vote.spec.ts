/**
 * Phases 3–4 of the VLR template: the facilitator runs the dot vote and then the impact ×
 * feasibility scoring of its top five from the console, three phones (Arabic and English) vote,
 * and the board shows turnout, then the revealed results and the 2 × 2 matrix.
 * Screenshots of the board's results and the matrix in Arabic and English; axe-core on every view.
 */
import type { WorkshopSummary } from '@majlis/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { api, command, connectSocket, createWorkshop } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { expectAccessible, joinPhone, type Lang } from './support/flows.js';

const L = {
  ar: { name: 'اسمك', submitJoin: 'انضمام', addDot: 'أضف نقطة إلى: ', send: 'أرسل صوتي', in: 'وصل صوتك' },
  en: {
    name: 'Your name',
    submitJoin: 'Join',
    addDot: 'Add a dot to: ',
    send: 'Submit my vote',
    in: 'Your vote is in',
  },
} as const;

const IDEAS = [
  'Safe walking routes around schools',
  'Solar street lighting',
  'Open data platform for city indicators',
  'Community rooftop gardens',
  'Heatwave adaptation plan',
  'Flood early-warning system',
];

async function castDots(page: Page, lang: Lang, dots: Array<[string, number]>): Promise<void> {
  for (const [title, n] of dots) {
    for (let i = 0; i < n; i++) await page.getByRole('button', { name: `${L[lang].addDot}${title}` }).click();
  }
  await page.getByRole('button', { name: L[lang].send }).click();
  await page.getByText(L[lang].in).first().waitFor();
}

async function castScores(page: Page, lang: Lang, scores: Array<[string, number, number]>): Promise<void> {
  for (const [title, impact, feasibility] of scores) {
    const card = page.locator('li.ballot-card', { hasText: title });
    const [impactSet, feasibilitySet] = [card.locator('fieldset').nth(0), card.locator('fieldset').nth(1)];
    // The segments' radios are visually hidden: a DOM click is what a tap on the segment does.
    for (const [set, value] of [
      [impactSet, impact],
      [feasibilitySet, feasibility],
    ] as const) {
      const input = set.locator(`input[value="${value}"]`);
      await input.evaluate((el) => (el as HTMLInputElement).click());
      await expect.poll(() => input.isChecked()).toBe(true);
    }
  }
  await page.getByRole('button', { name: L[lang].send }).click();
  await page.getByText(L[lang].in).first().waitFor();
}

describe('phases 3–4: dot vote and impact × feasibility', () => {
  const suite = useBrowserAndApp();

  it('runs both votes from the console with a board and three phones', async () => {
    const created = await createWorkshop(suite.app.url, {
      title: 'ورشة تحضيرية للاستعراض المحلي الطوعي الثاني لمدينة عمّان',
      locale: 'ar',
    });
    const { body: summary } = await api<WorkshopSummary>(suite.app.url, `/api/workshops/${created.id}`, {
      token: created.facilitatorKey,
    });
    const [, brainstorm, dots] = summary.stages;
    // The brainstorm's ideas, as the room left them (phase 2 is its own test).
    const seed = await connectSocket(suite.app.url, created.facilitatorKey);
    for (const title of IDEAS) await command(seed, 'item:add', { stageId: brainstorm?.id as string, title });
    await command(seed, 'stage:goto', { stageId: dots?.id as string });
    seed.close();

    const console_ = await (await newDevice(suite.browser, LAPTOP, 'en')).newPage();
    await console_.goto(created.links.facilitate);
    await console_.getByRole('heading', { name: 'Dot vote', level: 1 }).waitFor();
    const board = await (await newDevice(suite.browser, PROJECTOR, 'ar')).newPage();
    await board.goto(created.links.board);
    await board.getByRole('heading', { name: 'التصويت بالنقاط' }).waitFor();

    const phones: Array<[Page, Lang]> = [
      [
        await joinPhone(await newDevice(suite.browser, PHONE, 'ar'), created.links.join, {
          lang: 'ar',
          name: 'ليلى',
          group: 'government',
        }),
        'ar',
      ],
      [
        await joinPhone(await newDevice(suite.browser, PHONE, 'ar'), created.links.join, {
          lang: 'ar',
          name: 'خالد',
          group: 'government',
        }),
        'ar',
      ],
      [
        await joinPhone(await newDevice(suite.browser, PHONE, 'en'), created.links.join, {
          lang: 'en',
          name: 'Omar',
          group: 'government',
        }),
        'en',
      ],
    ];

    // Dot vote: 5 dots each, at most 3 on one priority.
    await console_.getByRole('button', { name: 'Open voting' }).click();
    await board.getByText('التصويت بالنقاط').first().waitFor();
    const [p1, p2, p3] = phones as [[Page, Lang], [Page, Lang], [Page, Lang]];
    await castDots(p1[0], 'ar', [
      [IDEAS[0] as string, 3],
      [IDEAS[1] as string, 2],
    ]);
    await castDots(p2[0], 'ar', [
      [IDEAS[0] as string, 2],
      [IDEAS[4] as string, 3],
    ]);
    await castDots(p3[0], 'en', [
      [IDEAS[4] as string, 3],
      [IDEAS[5] as string, 1],
      [IDEAS[1] as string, 1],
    ]);
    await expectAccessible(p3[0], 'phone (en), dot ballot');
    await screenshot(p1[0], 'p3-phone-ar-dots');
    await screenshot(p3[0], 'p3-phone-en-dots');
    await console_.getByText('3 of 3 present have voted').first().waitFor();
    await expectAccessible(board, 'board, open vote');
    await screenshot(board, 'p3-board-ar-dots-open');

    await console_.getByRole('button', { name: 'Close voting' }).click();
    await console_.getByRole('button', { name: 'Reveal results' }).click();
    await console_.getByRole('button', { name: 'Reveal now' }).click();
    // 5 points for the first idea and for the heatwave plan: a tie for first, shown as such.
    await board
      .getByText(IDEAS[0] as string)
      .first()
      .waitFor();
    await expect.poll(async () => (await board.textContent('body')) ?? '').toMatch(/tie|تعادل|=/);
    await expectAccessible(board, 'board, dot results');
    await expectAccessible(console_, 'console, dot results');
    await screenshot(board, 'p3-board-ar-dots-results');
    await screenshot(console_, 'p3-console-en-dots-results');
    const boardEn = await (await newDevice(suite.browser, PROJECTOR, 'en')).newPage();
    await boardEn.goto(created.links.board.replace('#', '?lang=en#'));
    await boardEn.getByRole('heading', { name: 'Dot vote' }).waitFor();
    await screenshot(boardEn, 'p3-board-en-dots-results');

    // Scoring: the top five of the dot vote on impact and feasibility.
    await console_.keyboard.press('n');
    await console_.getByRole('heading', { name: 'Impact × feasibility scoring', level: 1 }).waitFor();
    await console_.getByRole('button', { name: 'Open voting' }).click();
    await p3[0].getByText('Impact').first().waitFor();
    await castScores(p1[0], 'ar', [
      [IDEAS[0] as string, 5, 2],
      [IDEAS[4] as string, 4, 4],
    ]);
    await castScores(p2[0], 'ar', [
      [IDEAS[0] as string, 4, 3],
      [IDEAS[1] as string, 2, 5],
    ]);
    await castScores(p3[0], 'en', [
      [IDEAS[4] as string, 5, 5],
      [IDEAS[1] as string, 3, 5],
      [IDEAS[0] as string, 5, 1],
    ]);
    await screenshot(p3[0], 'p3-phone-en-score');
    await screenshot(p1[0], 'p3-phone-ar-score');
    await expectAccessible(p1[0], 'phone (ar), score ballot');
    await console_.getByText('3 of 3 present have voted').first().waitFor();
    await console_.keyboard.press('r');
    await console_.getByRole('button', { name: 'Reveal now' }).click();

    await board.locator('.results-matrix').waitFor();
    await boardEn.locator('.results-matrix').waitFor();
    await expectAccessible(board, 'board, matrix');
    await screenshot(board, 'p3-board-ar-matrix');
    await screenshot(boardEn, 'p3-board-en-matrix');
    await screenshot(console_, 'p3-console-en-matrix');

    // The audit log recorded every step and its chain verifies.
    const { body: audit } = await api<{ entries: Array<{ action: string }>; verify: { valid: boolean } }>(
      suite.app.url,
      `/api/workshops/${created.id}/audit`,
      { token: created.facilitatorKey },
    );
    expect(audit.entries.map((e) => e.action)).toEqual([
      'opened',
      'closed',
      'revealed',
      'opened',
      'revealed',
    ]);
    expect(audit.verify.valid).toBe(true);
  });
});
