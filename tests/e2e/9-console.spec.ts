/**
 * Issue 9, items 9–10 in the console: the projector's layout is set beside the board's miniature
 * (not beside the console's own list view); a selection of ideas moves to a theme in one step from
 * the selection bar; the secret-link banner folds to one line once the facilitator says they kept
 * it, and stays folded after a reload. Arabic and English, axe-core, screenshots.
 */
import { addTheme, readWorkshop } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import {
  command,
  connectSocket,
  connectYjs,
  createWorkshop,
  eventually,
  synced,
} from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import { LAPTOP, newDevice, PROJECTOR, screenshot } from './support/browser.js';
import { expectAccessible } from './support/flows.js';

const IDEAS = [
  'Bus rapid transit linking east and west Amman',
  'حصاد مياه الأمطار في جميع المدارس الحكومية',
  'Rooftop solar for public buildings',
  'تشجير الأحياء الأكثر حرارة',
];

/** A new workshop, its facilitator's socket and doc, and its first stage. */
async function openWorkshop(url: string) {
  const created = await createWorkshop(url, { title: 'Amman VLR 2026', locale: 'en' });
  const facilitator = await connectSocket(url, created.facilitatorKey);
  const doc = connectYjs(url, created.id, created.facilitatorKey);
  await synced(doc);
  return { created, facilitator, doc, stageId: doc.view()?.stages[0]?.id as string };
}

describe('console: the projector control, themes for a selection, the secret link', () => {
  const suite = useBrowserAndApp();

  it('sets the projector from the preview, moves a selection to a theme, and folds the secret link', {
    timeout: 120_000,
  }, async () => {
    const { created, facilitator, doc, stageId } = await openWorkshop(suite.app.url);
    for (const title of IDEAS) await command(facilitator, 'item:add', { stageId, title });
    addTheme(doc.doc, { id: 'th_mobility', stageId, name: 'النقل والتنقل' });
    addTheme(doc.doc, { id: 'th_climate01', stageId, name: 'Climate and water' });

    for (const lang of ['en', 'ar'] as const) {
      const page = await (await newDevice(suite.browser, LAPTOP, lang)).newPage();
      // A facilitator who just created the workshop sees the banner open.
      await page.goto(created.links.facilitate);
      await page.evaluate((id) => sessionStorage.setItem(`majlis:new:${id}`, '1'), created.id);
      await page.reload();
      const secret = page.locator('details.secret');
      await secret.waitFor();
      const kept = lang === 'en' ? 'I have kept it' : 'احتفظت به';
      expect(await secret.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
      await page.getByRole('button', { name: kept }).click();
      expect(await secret.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      expect((await secret.boundingBox())?.height ?? 999).toBeLessThan(60);
      // Kept on this device: a reload (still "just created" in this tab) leaves it folded.
      await page.reload();
      await secret.waitFor();
      expect(await secret.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);

      // The projector's layout is in the preview panel, with the monitor icon.
      const display = page.locator('.board-display');
      await display.waitFor();
      expect(await page.locator('.console__aside .board-display').count()).toBe(1);
      expect(await page.locator('.console__main .board-display').count()).toBe(0);
      await expectAccessible(page, `/w/:id/facilitate (${lang}), preview with projector control`);
      await screenshot(page, `p9-console-${lang}-projector`);
    }
    const page = await (await newDevice(suite.browser, LAPTOP, 'ar')).newPage();
    await page.goto(created.links.facilitate);
    await page
      .locator('.board-display input[value="themes"]')
      .evaluate((el) => (el as HTMLInputElement).click());
    await eventually(() => readWorkshop(doc.doc)?.stages[0]?.display === 'themes', 5_000, 'board by theme');

    // Select three ideas and move them to a theme in one step.
    for (const title of [IDEAS[0], IDEAS[1], IDEAS[3]] as string[]) {
      await page.getByRole('checkbox', { name: new RegExp(title.slice(0, 12)) }).check();
    }
    const bar = page.locator('.merge-bar');
    await bar.waitFor();
    await bar
      .getByRole('combobox', { name: 'نقل المحدد إلى محور…' })
      .selectOption({ label: 'Climate and water' });
    await eventually(
      () => (readWorkshop(doc.doc)?.items ?? []).filter((i) => i.themeId === 'th_climate01').length === 3,
      5_000,
      'three ideas in the theme',
    );
    const themed = (readWorkshop(doc.doc)?.items ?? [])
      .filter((i) => i.themeId === 'th_climate01')
      .map((i) => i.title);
    expect(themed.sort()).toEqual([IDEAS[0], IDEAS[1], IDEAS[3]].sort());
    await expectAccessible(page, '/w/:id/facilitate (ar), selection moved to a theme');
    await screenshot(page, 'p9-console-ar-theme-selection');

    const board = await (await newDevice(suite.browser, PROJECTOR, 'ar')).newPage();
    await board.goto(created.links.board);
    await board.getByText('Climate and water').first().waitFor();
    await screenshot(board, 'p9-board-ar-themes');
    facilitator.close();
    doc.destroy();
  });

  it('moves ideas by keyboard and by dragging on a list that grew since the rows were drawn', {
    timeout: 90_000,
  }, async () => {
    // Rows of the list are drawn once and kept (a new idea draws only its own row, issue 9 item 13):
    // a kept row must still act on the list as it is now, not as it was when it was drawn.
    const { created, facilitator, doc, stageId } = await openWorkshop(suite.app.url);
    const titles = () => (readWorkshop(doc.doc)?.items ?? []).map((i) => i.title);
    for (const title of IDEAS.slice(0, 3)) await command(facilitator, 'item:add', { stageId, title });
    const page = await (await newDevice(suite.browser, LAPTOP, 'en')).newPage();
    await page.goto(created.links.facilitate);
    await page.getByRole('button', { name: `Move idea 3: ${IDEAS[2]}` }).waitFor();
    // A fourth idea arrives after the first three rows were drawn.
    await command(facilitator, 'item:add', { stageId, title: IDEAS[3] as string });
    await page.getByRole('button', { name: `Move idea 4: ${IDEAS[3]}` }).waitFor();

    // The third row's handle moves it below the fourth idea, which it did not know when drawn.
    await page.getByRole('button', { name: `Move idea 3: ${IDEAS[2]}` }).press('ArrowDown');
    await eventually(() => titles()[3] === IDEAS[2], 5_000, 'the third idea moved last');
    expect(titles()).toEqual([IDEAS[0], IDEAS[1], IDEAS[3], IDEAS[2]]);

    // Dragging the last idea onto the top half of the first puts it first.
    const first = page.locator('.curate-item').first();
    const box = await first.boundingBox();
    await page
      .getByRole('button', { name: `Move idea 4: ${IDEAS[2]}` })
      .dragTo(first, { targetPosition: { x: 40, y: Math.max(2, (box?.height ?? 40) / 4) } });
    await eventually(() => titles()[0] === IDEAS[2], 5_000, 'the dragged idea first');
    expect(titles()).toEqual([IDEAS[2], IDEAS[0], IDEAS[1], IDEAS[3]]);
    await expectAccessible(page, '/w/:id/facilitate (en), list reordered');
    facilitator.close();
    doc.destroy();
  });
});
