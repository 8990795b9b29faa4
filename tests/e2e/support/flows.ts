/** Steps every phase's e2e test takes the same way: checking a view with axe, joining, adding an idea. */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './browser.js';

export type Lang = 'ar' | 'en';

/** The phone's labels, as people read them, in each language. */
export const PHONE_LABELS = {
  ar: { name: 'اسمك', org: 'الجهة', join: 'انضمام', add: 'أضف فكرة', title: 'الفكرة', send: 'أضف الفكرة' },
  en: {
    name: 'Your name',
    org: 'Organization',
    join: 'Join',
    add: 'Add an idea',
    title: 'Idea',
    send: 'Add idea',
  },
} as const;

/**
 * Picks a radio (or ticks a box) as a tap on its label does. A forced click lands on whatever covers
 * the box on screen (the join form's sticky button, as the page scrolls), so it goes through the DOM.
 */
export async function pick(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  if (!(await locator.isChecked())) await locator.evaluate((el) => (el as HTMLInputElement).click());
  if (!(await locator.isChecked())) throw new Error('the choice did not take');
}

/** Fails with the route's name and axe-core's findings unless there are none. */
export async function expectAccessible(page: Page, route: string): Promise<void> {
  expect({ route, violations: await axeViolations(page) }).toEqual({ route, violations: [] });
}

/** Joins from a phone page: the phone's language first (the form then speaks it), then the details. */
export async function joinOnPage(
  page: Page,
  link: string,
  who: { lang: Lang; name: string; group: string; organization?: string },
): Promise<Page> {
  const L = PHONE_LABELS[who.lang];
  await page.goto(link);
  await pick(page.locator(`input[name="locale"][value="${who.lang}"]`));
  await page.getByLabel(L.name).fill(who.name);
  if (who.organization) await page.getByLabel(L.org).fill(who.organization);
  await pick(page.locator(`input[name="group"][value="${who.group}"]`));
  await page.getByRole('button', { name: L.join, exact: true }).click();
  await page.waitForURL(/\/w\/[^/]+\/me/);
  return page;
}

/** Opens a new page on a phone's context and joins there. */
export async function joinPhone(
  context: BrowserContext,
  link: string,
  who: { lang: Lang; name: string; group: string; organization?: string },
): Promise<Page> {
  return joinOnPage(await context.newPage(), link, who);
}

/** Adds an idea through the phone's sheet, tagging goals by their number. */
export async function addIdea(page: Page, lang: Lang, title: string, sdgs: readonly number[]): Promise<void> {
  const L = PHONE_LABELS[lang];
  await page.getByRole('button', { name: L.add }).click();
  const sheet = page.locator('dialog[open]');
  await sheet.getByLabel(L.title, { exact: true }).fill(title);
  for (const n of sdgs)
    await sheet
      .locator('.sdg-tile')
      .nth(n - 1)
      .click();
  await sheet.getByRole('button', { name: L.send, exact: true }).click();
  await page
    .locator('dialog[open]')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}
