/**
 * Phases 1–2 of the VLR template, run from the facilitator console: import the previous review's
 * priorities, move the room to the brainstorm, run a timer, take ideas from three phones (Arabic
 * and English) — one of them offline for a while — merge duplicates and show the board by SDG.
 * Screenshots of console, board and phone in both languages; axe-core on every view.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkshop } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PHONE, PROJECTOR, repoRoot, screenshot } from './support/browser.js';
import { addIdea, expectAccessible, joinPhone } from './support/flows.js';

describe('phases 1–2: review and brainstorm', () => {
  const suite = useBrowserAndApp();

  it('imports, brainstorms with an offline phone, merges and shows the board by SDG', async () => {
    const created = await createWorkshop(suite.app.url, {
      title: 'ورشة تحضيرية للاستعراض المحلي الطوعي الثاني لمدينة عمّان',
      locale: 'ar',
    });

    const console_ = await (await newDevice(suite.browser, LAPTOP, 'en')).newPage();
    await console_.goto(created.links.facilitate);
    await console_
      .getByRole('heading', { name: "Review of the first review's priorities", level: 1 })
      .waitFor();
    const board = await (await newDevice(suite.browser, PROJECTOR, 'ar')).newPage();
    await board.goto(created.links.board);
    await board.getByRole('heading', { name: 'مراجعة أولويات الاستعراض الأول' }).waitFor();

    // Stage 1: the previous review's priorities, imported from the kit's file in Arabic.
    // A copy of the team kit's illustrative workshop, so the test needs nothing outside the repo.
    const kit = await readFile(join(repoRoot, 'tests/fixtures/vlr-demo.json'), 'utf8');
    await console_.getByRole('button', { name: 'Import…' }).click();
    const dialog = console_.getByRole('dialog', { name: 'Import ideas' });
    await dialog.getByLabel('Or paste the text').fill(kit);
    await dialog.locator('input[type="radio"][value="ar"]').check({ force: true });
    await dialog.getByRole('button', { name: 'Import ideas (8)' }).click();
    await board.locator('.board-item', { hasText: 'توسيع شبكة الحافلات سريعة التردد' }).waitFor();
    expect(await board.locator('.board-item').count()).toBe(8);
    await expectAccessible(console_, 'console, review');
    await screenshot(board, 'p2-board-ar-review');
    await screenshot(console_, 'p2-console-en-review');

    // Three phones join: two in Arabic, one in English.
    const phoneA = await joinPhone(await newDevice(suite.browser, PHONE, 'ar'), created.links.join, {
      lang: 'ar',
      name: 'ليلى',
      group: 'civil_society',
      organization: 'Test organization',
    });
    const phoneB = await joinPhone(await newDevice(suite.browser, PHONE, 'ar'), created.links.join, {
      lang: 'ar',
      name: 'خالد',
      group: 'government',
      organization: 'Test organization',
    });
    const enContext = await newDevice(suite.browser, PHONE, 'en');
    const phoneC = await joinPhone(enContext, created.links.join, {
      lang: 'en',
      name: 'Omar',
      group: 'un_agency',
      organization: 'Test organization',
    });
    await board.locator('.board-presence__total', { hasText: '3' }).waitFor();

    // Stage 2: the room moves on; a timer runs on every screen.
    await console_.keyboard.press('n');
    await phoneC.getByRole('heading', { name: 'Brainstorm local priorities' }).waitFor();
    await phoneA.getByRole('heading', { name: 'العصف الذهني للأولويات المحلية' }).waitFor();
    await console_.getByLabel('Length in minutes').fill('7');
    await console_.getByLabel('Length in minutes').press('Enter');
    await console_.locator('.timer-controls__clock', { hasText: '7:00' }).waitFor();
    await console_.getByRole('button', { name: 'Start', exact: true }).click();
    await board.getByRole('timer').waitFor();
    await phoneC.getByRole('timer').waitFor();
    await expect.poll(async () => board.getByRole('timer').textContent()).toMatch(/^6:5\d$|^7:00$/);

    await addIdea(phoneA, 'ar', 'ممرات آمنة للمشاة حول المدارس', [11, 3]);
    await addIdea(phoneB, 'ar', 'ممرات مشاة آمنة قرب المدارس', [4]);
    await addIdea(phoneB, 'ar', 'نظام إنذار مبكر للفيضانات', [13, 11]);

    // The English phone loses the network, adds an idea, and comes back: it lands exactly once.
    await enContext.setOffline(true);
    await phoneC.getByText('Offline').first().waitFor();
    await addIdea(phoneC, 'en', 'Solar street lighting', [7]);
    await phoneC.getByText('Waiting to send').first().waitFor();
    await screenshot(phoneC, 'p2-phone-en-offline');
    await enContext.setOffline(false);
    await board.locator('.board-item', { hasText: 'Solar street lighting' }).waitFor({ timeout: 20_000 });
    await phoneC.getByText('On the list').first().waitFor({ timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await board.locator('.board-item', { hasText: 'Solar street lighting' }).count()).toBe(1);
    expect(
      await console_.locator('.curate-item', { hasText: 'Solar street lighting' }).count(),
    ).toBeLessThanOrEqual(1);

    // The facilitator merges the two near-duplicates; the board shows one, with both goals' tags.
    await console_.getByLabel('Select for merging: ممرات آمنة للمشاة حول المدارس').check();
    await console_.getByLabel('Select for merging: ممرات مشاة آمنة قرب المدارس').check();
    await console_.getByRole('button', { name: 'Merge selected (2)' }).click();
    await board.getByText('مدمجة ×1').or(board.getByText('Merged ×1')).first().waitFor();
    await expect.poll(async () => board.locator('.board-item').count()).toBe(3);

    // The merge can be undone from its toast, and redone with the keyboard.
    await console_.locator('.undo-toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => board.locator('.board-item').count()).toBe(4);
    await console_.locator('body').click({ position: { x: 5, y: 400 } });
    await console_.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => board.locator('.board-item').count()).toBe(3);

    // Reordering by keyboard: the last idea moves up one place, on the board too.
    const titles = () => board.locator('.board-item .board-item__title').allTextContents();
    const before = await titles();
    const last = before.at(-1) as string;
    await console_.getByRole('button', { name: `Move idea 3: ${last}` }).press('ArrowUp');
    await expect.poll(async () => (await titles()).indexOf(last)).toBe(before.length - 2);

    // A phone that closes its tab leaves the count within seconds.
    await phoneB.close();
    await board.locator('.board-presence__total', { hasText: '2' }).waitFor({ timeout: 15_000 });

    await expectAccessible(board, 'board, brainstorm list');
    await screenshot(board, 'p2-board-ar-list');
    await screenshot(console_, 'p2-console-en-brainstorm');
    await screenshot(phoneA, 'p2-phone-ar-brainstorm');
    await screenshot(phoneC, 'p2-phone-en-brainstorm');
    await expectAccessible(phoneA, 'phone (ar), brainstorm');
    await expectAccessible(phoneC, 'phone (en), brainstorm');

    // The board by SDG, with a count per goal.
    // The segmented control's radios are visually hidden; a DOM click is what a tap on its label does.
    await console_
      .locator('.board-display input[type="radio"][value="sdgs"]')
      .evaluate((el) => (el as HTMLInputElement).click());
    await board.locator('.board-goals').waitFor();
    await expectAccessible(board, 'board, by SDG');
    await screenshot(board, 'p2-board-ar-sdgs');

    // The agenda grows during the session: a new stage, added from the console, reaches every screen.
    await console_.getByRole('button', { name: 'Edit', exact: true }).first().click();
    const addStage = console_.locator('form.add-stage');
    await addStage.getByLabel('Kind').selectOption('info');
    await addStage.getByLabel('Title').fill('Coffee break');
    await addStage.getByRole('button', { name: 'Add stage' }).click();
    await phoneA.getByText('المرحلة 2 من 6').first().waitFor();
    await console_.getByRole('button', { name: 'Edit', exact: true }).first().click();

    // The same screens in the other language.
    await console_
      .getByRole('button', { name: /العربية|Change language/ })
      .first()
      .click();
    await console_.locator('html[dir="rtl"]').waitFor();
    await expectAccessible(console_, 'console (ar), brainstorm');
    await screenshot(console_, 'p2-console-ar-brainstorm');
    const boardEn = await (await newDevice(suite.browser, PROJECTOR, 'en')).newPage();
    await boardEn.goto(created.links.board.replace('#', '?lang=en#'));
    await boardEn.getByRole('heading', { name: 'Brainstorm local priorities' }).waitFor();
    await screenshot(boardEn, 'p2-board-en-sdgs');
  });
});
