/**
 * What a projector in a real room needs from the board, checked in the browser: it fills the screen
 * (no letterbox), no user string loses its first or last letter, and the type stays readable.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The projectors the board must fill: 4:3, 16:10, 16:9 and 4K. */
export const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;

/** Resizes the board's window and waits until the board has laid itself out again. */
export async function projectAt(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await page.evaluate(() =>
    Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))),
  );
}

/** The board's canvas covers the whole window: no band on any side. */
export async function expectFillsScreen(page: Page): Promise<void> {
  const { rect, width, height } = await page.evaluate(() => {
    const canvas = document.querySelector('.scaled-frame__canvas') as HTMLElement;
    const r = canvas.getBoundingClientRect();
    return { rect: [r.left, r.top, r.right, r.bottom], width: innerWidth, height: innerHeight };
  });
  expect(rect.map((v) => Math.round(v))).toEqual([0, 0, width, height]);
}

/**
 * The size the room reads idea titles at, in px of a 1080-line screen (the design's px: the board
 * scales with the screen's height), the smallest of those on screen.
 */
export async function smallestTitlePx(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const sizes = Array.from(document.querySelectorAll<HTMLElement>(sel))
      .filter((el) => getComputedStyle(el).visibility !== 'hidden' && el.offsetHeight > 0)
      .map((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    return sizes.length ? Math.min(...sizes) : 0;
  }, selector);
}

/** Texts that may be cut at their end (secondary: a description, the ask, the workshop's name). */
const MAY_END_CUT = ['board-item__description', 'board__ask', 'board__workshop', 'board__title-main'];

/**
 * Every user string on the board (each is isolated: `dir="auto"` or `<bdi>`) shows its first and last
 * letter: neither lies outside the string's own box nor outside any box that clips it (a card, a
 * column, the list, the screen). Secondary texts may be cut at their end (an ellipsis), but only
 * where their box takes the string's own direction, so the cut is at its end and never at its
 * start; titles, theme names and labels are never cut at all. Returns what failed, for the message.
 */
export async function clippedStrings(page: Page): Promise<string[]> {
  return page.evaluate((mayEndCut) => {
    const rtlLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
    const letter = /\p{L}/u;
    const directionOf = (s: string) => {
      for (const ch of s) if (letter.test(ch)) return rtlLetter.test(ch) ? 'rtl' : 'ltr';
      return null;
    };
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none' && el.getClientRects().length > 0;
    };
    /** The screen rect of one character of a text node. */
    const charRect = (node: Text, offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      return rects[0] ?? null;
    };
    // Across, the whole letter; down, its middle: a glyph's box is the font's full height, which a
    // tight line-height lets stand out of its line without anything being cut.
    const inside = (r: DOMRect, box: DOMRect) => {
      const middle = (r.top + r.bottom) / 2;
      return r.left >= box.left - 1 && r.right <= box.right + 1 && middle >= box.top && middle <= box.bottom;
    };
    const failures: string[] = [];
    const board = document.querySelector('.board');
    if (!board) return ['no board on the page'];
    for (const el of Array.from(board.querySelectorAll<HTMLElement>('[dir="auto"], bdi'))) {
      const text = el.textContent?.trim() ?? '';
      if (!text || !visible(el)) continue;
      // The boxes that clip this string: itself and every ancestor that does not let content overflow.
      const clips: DOMRect[] = [new DOMRect(0, 0, innerWidth, innerHeight)];
      for (let node: HTMLElement | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
          clips.push(node.getBoundingClientRect());
        // Above the board are the page's frames, which clip to the screen (checked first).
        if (node === board) break;
      }
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.textContent?.trim()) nodes.push(n as Text);
      const firstNode = nodes[0];
      const lastNode = nodes.at(-1);
      if (!firstNode || !lastNode) continue;
      const firstAt = (firstNode.textContent ?? '').search(/\S/);
      const lastAt = (lastNode.textContent ?? '').trimEnd().length - 1;
      const first = charRect(firstNode, firstAt);
      const last = charRect(lastNode, lastAt);
      const shows = (r: DOMRect | null) => r !== null && clips.every((c) => inside(r, c));
      const cut =
        el.scrollWidth > el.clientWidth + 1 ||
        (getComputedStyle(el).overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1);
      const name = `"${text.slice(0, 40)}" (${el.className || el.tagName.toLowerCase()})`;
      if (!shows(first)) failures.push(`${name}: its first letter is cut off`);
      if (shows(last) && !cut) continue;
      const secondary = mayEndCut.some((c) => el.classList.contains(c));
      if (!secondary) failures.push(`${name}: cut at its end (a title must never be cut)`);
      else if (getComputedStyle(el).direction !== directionOf(text))
        failures.push(`${name}: cut on the wrong side (its box is ${getComputedStyle(el).direction})`);
    }
    return failures;
  }, MAY_END_CUT);
}

export async function expectNothingClipped(page: Page, where: string): Promise<void> {
  expect({ where, clipped: await clippedStrings(page) }).toEqual({ where, clipped: [] });
}

/** Ideas the room sees now (packed and on this page), and the page indicator's words, if any. */
export async function shownIdeas(
  page: Page,
  selector: string,
): Promise<{ shown: number; total: number; pager: string | null }> {
  return page.evaluate((sel) => {
    const all = Array.from(document.querySelectorAll<HTMLElement>(sel));
    const shown = all.filter((el) => getComputedStyle(el).visibility !== 'hidden').length;
    const pager = document.querySelector('.board-items__pager');
    return { shown, total: all.length, pager: pager ? (pager.textContent ?? '') : null };
  }, selector);
}

/**
 * In a grouped display, every idea the room sees has its group's heading above it in its own column
 * (the group's first heading, or the heading repeated where the group goes on). Returns the ideas
 * that have none.
 */
export async function orphanIdeas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (el: HTMLElement) => getComputedStyle(el).visibility !== 'hidden';
    const orphans: string[] = [];
    for (const section of Array.from(document.querySelectorAll<HTMLElement>('.board-group'))) {
      const heads = Array.from(section.querySelectorAll<HTMLElement>('.board-group__head')).filter(shown);
      for (const item of Array.from(section.querySelectorAll<HTMLElement>('.board-group-item')).filter(
        shown,
      )) {
        const r = item.getBoundingClientRect();
        const above = heads.some((h) => {
          const hr = h.getBoundingClientRect();
          return Math.abs(hr.left - r.left) < 2 && hr.bottom <= r.top + 1;
        });
        if (!above) orphans.push(item.textContent?.slice(0, 40) ?? '');
      }
    }
    return orphans;
  });
}
