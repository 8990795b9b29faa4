/** Steps of the record phase: scribe links over the API, and the notes editor as a person uses it. */
import type { CreateScribeResponse } from '@majlis/shared';
import type { Locator, Page } from 'playwright-core';
import { api } from '../../support/testServer.js';

/** Makes a scribe link as the facilitator does from the console. */
export async function createScribeLink(
  baseUrl: string,
  workshopId: string,
  facilitatorKey: string,
  label: string,
): Promise<CreateScribeResponse> {
  const res = await api<CreateScribeResponse>(baseUrl, `/api/workshops/${workshopId}/scribes`, {
    token: facilitatorKey,
    body: { label },
  });
  if (res.status !== 201) throw new Error(`scribe link failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The editable area of the notes on the page (there is one at a time). */
export function notesEditor(page: Page): Locator {
  return page.locator('.notes-editor__text[contenteditable="true"]');
}

/** Waits until the lazily loaded editor is on the page and bound to the doc. */
export async function waitForEditor(page: Page): Promise<Locator> {
  const editor = notesEditor(page);
  try {
    await editor.waitFor({ timeout: 20_000 });
  } catch (err) {
    const shown = (await page.locator('body').textContent())?.slice(0, 300);
    throw new Error(`no notes editor on ${page.url()}; the page shows: ${shown}`, { cause: err });
  }
  return editor;
}

/**
 * Types lines at the end of the notes, each in a paragraph of its own, a key at a time (as people
 * do, so the other editors' changes arrive between keystrokes).
 */
export async function typeLines(
  page: Page,
  lines: readonly string[],
  { delayMs = 45, startAfterMs = 0 } = {},
): Promise<void> {
  const editor = notesEditor(page);
  await editor.click();
  await page.waitForTimeout(startAfterMs);
  for (const line of lines) {
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: delayMs });
  }
}

/** The notes' text as the page shows it, one line a block, empty lines dropped. */
export async function editorLines(page: Page): Promise<string[]> {
  // The other editors' carets sit inside the text with their names: left out.
  return notesEditor(page).evaluate((root) =>
    [...root.querySelectorAll('p, h2, h3')]
      .map((block) => {
        const copy = block.cloneNode(true) as Element;
        for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
        return (copy.textContent ?? '').trim();
      })
      .filter((line) => line !== ''),
  );
}
