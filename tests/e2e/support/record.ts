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
 * Gives the page a paragraph of its own at the end of the notes, begun with `start` (a person starts
 * typing; a caret left in an empty paragraph is carried into a co-editor's new paragraph after it by
 * the binding, a limit noted in the issue), and leaves the caret there.
 */
export async function claimParagraph(page: Page, start: string): Promise<void> {
  await notesEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(start);
}

/**
 * Types lines where the caret is, each in a paragraph of its own, a key at a time (as people do, so
 * the other editors' changes arrive between keystrokes).
 */
export async function typeLines(page: Page, lines: readonly string[], { delayMs = 45 } = {}): Promise<void> {
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: delayMs });
  }
}

/** How many paragraphs and headings the page's notes editor holds, empty ones included. */
export function editorParagraphs(page: Page): Promise<number> {
  return notesEditor(page).evaluate((root) => root.querySelectorAll('p, h2, h3').length);
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
