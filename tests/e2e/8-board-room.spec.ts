/**
 * Issue 9, items 1–6: the board on real projectors. An Arabic board with English ideas among the
 * Arabic ones, and an English board with Arabic ones, each at 4:3, 16:10, 16:9 and 4K: the board
 * fills the screen (no letterbox), fills the stage with ideas before it pages (60 on one 1080p screen
 * at 28 px or more, 150 on pages with an indicator), keeps every theme with its heading, labels every
 * point of a 20-point 2 × 2 matrix with the number of its row in the table, never cuts a title on a
 * list or a result, keeps group names on one line beside a vote, and lets a finished timer go once the
 * room has moved on. Each is checked in the browser and photographed (`p9-…` screenshots).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { command, connectSocket, joinWorkshop } from '../support/testServer.js';
import { useBrowserAndApp } from './support/app.js';
import {
  clippedStrings,
  expectFillsScreen,
  expectNothingClipped,
  orphanIdeas,
  PROJECTORS,
  projectAt,
  shownIdeas,
  smallestTitlePx,
} from './support/boardChecks.js';
import {
  addIdeas,
  addThemes,
  closeSeeded,
  revealScores,
  revealVote,
  roomIdeas,
  type SeededBoard,
  seedBoard,
  setDisplay,
  showStage,
} from './support/boardRoom.js';
import { newDevice, PHONE, PROJECTOR, screenshot } from './support/browser.js';
import { expectAccessible, joinPhone, type Lang } from './support/flows.js';

/** The phone's button for the older ideas, in each language. */
const SHOW_OLDER: Record<Lang, (n: number) => string> = {
  ar: (n) => `اعرض الأفكار الأقدم (${n})`,
  en: (n) => `Show older ideas (${n})`,
};

/** The floor for idea titles, in px of a 1080-line screen: what the back of the room reads. */
const FLOOR = 28;
const THEMES: Record<Lang, string[]> = {
  ar: [
    'النقل والتنقل',
    'Water and climate',
    'الحوكمة والبيانات المفتوحة',
    'Jobs and skills',
    'الخدمات البلدية',
  ],
  en: [
    'Transport and mobility',
    'المياه والمناخ',
    'Governance and open data',
    'الوظائف والمهارات',
    'Municipal services',
  ],
};

async function openBoard(
  suite: ReturnType<typeof useBrowserAndApp>,
  seeded: SeededBoard,
  lang: Lang,
): Promise<Page> {
  const page = await (await newDevice(suite.browser, PROJECTOR, lang)).newPage();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(seeded.boardLink());
  await page.locator('.board').waitFor();
  return page;
}

/** At every projector: the board fills the screen, no string is cut, and the picture is kept. */
async function everyProjector(page: Page, name: string, check?: (size: string) => Promise<void>) {
  for (const size of PROJECTORS) {
    await projectAt(page, size);
    const label = `${name} at ${size.width}×${size.height}`;
    // The picture first, so a failing check leaves the screen it failed on to look at.
    await screenshot(page, `p9-${name}-${size.width}x${size.height}`);
    await expectFillsScreen(page);
    await expectNothingClipped(page, label);
    await check?.(label);
  }
  await projectAt(page, { width: 1920, height: 1080 });
}

describe('issue 9: the board in a real room', () => {
  const suite = useBrowserAndApp();

  for (const lang of ['ar', 'en'] as const) {
    it(`${lang} board: fills any projector, then pages; keeps themes whole; cuts no title`, async () => {
      const seeded = await seedBoard(suite.app.url, lang);
      const ideas = roomIdeas(150, lang);
      const board = await openBoard(suite, seeded, lang);

      // By goal, eight ideas fill one screen in every column it has (items 2 and 4).
      await addIdeas(seeded, seeded.stages.review, ideas.slice(0, 8));
      setDisplay(seeded, seeded.stages.review, 'sdgs');
      await board.locator('.board-goals').waitFor();
      await everyProjector(board, `${lang}-sdgs-8`, async (where) => {
        const { shown, total, pager } = await shownIdeas(board, '.board-group-item');
        expect({ where, shown, pager }).toEqual({ where, shown: total, pager: null });
      });
      const columns = await board.evaluate(
        () =>
          new Set(
            Array.from(document.querySelectorAll<HTMLElement>('.board-group__head')).map((h) =>
              Math.round(h.getBoundingClientRect().left),
            ),
          ).size,
      );
      expect(columns).toBeGreaterThanOrEqual(3);
      await expectAccessible(board, `board (${lang}), by goal`);

      // Sixty ideas in the list: one 1080p screen, titles at 28 px or more (item 2).
      await showStage(seeded, seeded.stages.brainstorm);
      const ids = await addIdeas(seeded, seeded.stages.brainstorm, ideas.slice(0, 60));
      await expect.poll(async () => (await shownIdeas(board, '.board-item')).total).toBe(60);
      await everyProjector(board, `${lang}-list-60`, async (where) => {
        // The target is a 16:9 screen; a 4:3 one is narrower, and may page rather than shrink.
        const { shown, pager } = await shownIdeas(board, '.board-item');
        const wide = (await board.evaluate(() => innerWidth / innerHeight)) >= 16 / 9 - 0.01;
        if (wide) expect({ where, shown, pager }).toEqual({ where, shown: 60, pager: null });
        else expect({ where, complete: shown === 60 || pager !== null }).toEqual({ where, complete: true });
        expect(await smallestTitlePx(board, '.board-item__title')).toBeGreaterThanOrEqual(FLOOR);
      });
      await expectAccessible(board, `board (${lang}), 60 ideas`);

      // By theme: every idea under its theme's heading, repeated where a theme goes on (item 3).
      addThemes(
        seeded,
        seeded.stages.brainstorm,
        THEMES[lang].map((name, t) => ({ name, items: ids.slice(t * 11, t * 11 + (t === 2 ? 4 : 11)) })),
      );
      setDisplay(seeded, seeded.stages.brainstorm, 'themes');
      await board.locator('h2.board-group__head', { hasText: THEMES[lang][4] as string }).waitFor();
      await everyProjector(board, `${lang}-themes-60`, async (where) => {
        expect({ where, orphans: await orphanIdeas(board) }).toEqual({ where, orphans: [] });
        expect(await smallestTitlePx(board, '.board-group-item__title')).toBeGreaterThanOrEqual(FLOOR);
      });
      await expectAccessible(board, `board (${lang}), by theme`);

      // A hundred and fifty: pages, each with the indicator, at the floor and no smaller (item 2).
      setDisplay(seeded, seeded.stages.brainstorm, 'list');
      await addIdeas(seeded, seeded.stages.brainstorm, ideas.slice(60));
      await expect.poll(async () => (await shownIdeas(board, '.board-item')).total).toBe(150);
      await board.locator('.board-items__pager').waitFor();
      await everyProjector(board, `${lang}-list-150`, async (where) => {
        const { shown, pager } = await shownIdeas(board, '.board-item');
        const pages = Number(/(\d+)\D*$/.exec(pager ?? '')?.[1] ?? 0);
        // Pages are evened out by height, so a page holds about its share of the hundred and fifty.
        expect({ where, paged: pages >= 2, share: shown * pages >= 150 * 0.7 }).toEqual({
          where,
          paged: true,
          share: true,
        });
        expect(await smallestTitlePx(board, '.board-item__title')).toBeGreaterThanOrEqual(FLOOR);
      });
      await expectAccessible(board, `board (${lang}), 150 ideas`);

      // A phone in the same room draws the newest thirty and says how many older ones wait, so it
      // does not lay out all hundred and fifty again for every new idea (item 13).
      const phone = await joinPhone(await newDevice(suite.browser, PHONE, lang), seeded.created.links.join, {
        lang,
        name: lang === 'ar' ? 'ليلى' : 'Omar',
        group: 'government',
      });
      const more = phone.getByRole('button', { name: SHOW_OLDER[lang](120) });
      await more.waitFor();
      expect(await phone.locator('.phone-ideas .idea').count()).toBe(30);
      await expectAccessible(phone, `phone (${lang}), 150 ideas`);
      await more.scrollIntoViewIfNeeded();
      await screenshot(phone, `p9-phone-${lang}-150`);
      await more.click();
      await phone.getByRole('button', { name: SHOW_OLDER[lang](70) }).waitFor();
      expect(await phone.locator('.phone-ideas .idea').count()).toBe(80);
      await phone.context().close();

      // One more idea on a paged list is laid out alone: nothing already placed moves, and the board
      // does not flick to another page and back (item 13; each cost a restyle of the whole list).
      // Only an idea that needs one more page may even out the pages again, and the columns keep room
      // for the next ones after that, so of two ideas in a row at least one moves nothing.
      const placed = () =>
        board.evaluate(() => ({
          pages: document.querySelectorAll('.board-items__dots > *').length,
          where: Array.from(document.querySelectorAll<HTMLElement>('.board-item[data-flip-key]')).map(
            (el) => `${el.dataset.flipKey} ${el.style.insetInlineStart} ${el.style.insetBlockStart}`,
          ),
        }));
      await board.evaluate(() => {
        const pager = document.querySelector('.board-items__pager') as HTMLElement;
        const seen = [pager.textContent ?? ''];
        (window as unknown as { pagerSeen: string[] }).pagerSeen = seen;
        new MutationObserver(() => {
          const text = pager.textContent ?? '';
          if (text !== seen[seen.length - 1]) seen.push(text);
        }).observe(pager, { subtree: true, childList: true, characterData: true });
      });
      let stayed = 0;
      for (const n of [151, 152]) {
        const before = await placed();
        await addIdeas(seeded, seeded.stages.brainstorm, roomIdeas(n, lang).slice(n - 1));
        await expect.poll(async () => (await shownIdeas(board, '.board-item')).total).toBe(n);
        await board.waitForTimeout(300);
        const after = await placed();
        if (after.pages !== before.pages) continue;
        stayed++;
        expect({ n, where: after.where.slice(0, n - 1) }).toEqual({ n, where: before.where });
      }
      expect(stayed).toBeGreaterThan(0);
      // The pages may turn by themselves (every 12 s), but never come back to where they were at once.
      const pagerSeen = await board.evaluate(() => (window as unknown as { pagerSeen: string[] }).pagerSeen);
      expect(pagerSeen.filter((text, i) => pagerSeen.indexOf(text) !== i)).toEqual([]);
      closeSeeded(seeded);
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    it(`${lang} board: results wrap instead of cutting; the 2 × 2 matrix labels all 20 points`, async () => {
      const seeded = await seedBoard(suite.app.url, lang);
      // The other language's ideas first: an Arabic board ranking English titles, and the reverse.
      const other: Lang = lang === 'ar' ? 'en' : 'ar';
      const ideas = roomIdeas(25, other);
      const board = await openBoard(suite, seeded, lang);

      // A dot vote whose winners have the longest titles, some in both scripts (item 1).
      const listed = await addIdeas(seeded, seeded.stages.brainstorm, ideas);
      await revealVote(
        suite.app.url,
        seeded,
        seeded.stages.dots,
        {
          kind: 'dots',
          budget: 5,
          anonymous: true,
          results: 'hidden',
          source: { type: 'list', stageId: seeded.stages.brainstorm },
        },
        5,
        (voter) => ({
          kind: 'dots',
          allocations: {
            [listed[20 + voter] as string]: 3,
            [listed[24 - voter] as string]: 1,
            [listed[voter] as string]: 1,
          },
        }),
      );
      await board.locator('.results-bar').first().waitFor();
      await everyProjector(board, `${lang}-dots-results`);
      await expectAccessible(board, `board (${lang}), dot results`);

      // Impact × feasibility for twenty of them: a point and a number each.
      const ids = await addIdeas(seeded, seeded.stages.review, ideas.slice(0, 20));
      // Each priority has a level the room roughly agrees on; each voter scores within one of it.
      await revealScores(suite.app.url, seeded, seeded.stages.review, ids, 6, (voter, item) => {
        const near = (level: number) => Math.min(5, Math.max(1, level + (((voter + item) % 3) - 1)));
        return [near(((item * 7) % 5) + 1), near(((item * 3 + 1) % 5) + 1)];
      });
      await board.locator('.results-matrix__point').nth(19).waitFor();
      await everyProjector(board, `${lang}-matrix-20`, async (where) => {
        expect({ where, overlaps: await matrixOverlaps(board) }).toEqual({ where, overlaps: [] });
      });
      // Every point has its number, the numbers of the table's rows.
      const numbers = await board.locator('.results-matrix__number').allTextContents();
      expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const rows = await board.locator('.results-score-table .results-rank__n').allTextContents();
      expect(rows.map(Number)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
      await expectAccessible(board, `board (${lang}), matrix`);
      closeSeeded(seeded);
    });
  }

  it('keeps group names on one line beside a vote; a finished timer goes once the room moves on', async () => {
    const seeded = await seedBoard(suite.app.url, 'ar');
    await addIdeas(seeded, seeded.stages.brainstorm, roomIdeas(12, 'ar'));
    // People of five groups are here: the narrow panel beside a vote lists them all.
    const groups = ['community', 'un_agency', 'academia', 'civil_society', 'government'] as const;
    const phones = [];
    for (const [i, group] of groups.entries()) {
      const joined = await joinWorkshop(suite.app.url, seeded.created.joinCode, { name: `P${i}`, group });
      phones.push(await connectSocket(suite.app.url, joined.token));
    }
    const ar = await openBoard(suite, seeded, 'ar');
    const en = await (await newDevice(suite.browser, PROJECTOR, 'en')).newPage();
    await en.emulateMedia({ reducedMotion: 'reduce' });
    await en.goto(seeded.boardLink('en'));

    // A timer runs out on the brainstorm: red "0:00" while the room is there (item 6).
    await showStage(seeded, seeded.stages.brainstorm);
    for (const action of ['reset', 'start'] as const) {
      const ack = await command(seeded.socket, 'timer:control', {
        stageId: seeded.stages.brainstorm,
        action,
        ...(action === 'reset' ? { durationMs: 1_000 } : {}),
      });
      expect(ack.ok).toBe(true);
    }
    await ar.locator('.board-timer [data-expired="true"]').waitFor();
    await screenshot(ar, 'p9-ar-timer-up');

    // The vote opens: the panel beside it is narrow, and every group's name stays on one line.
    const dots = await command(seeded.socket, 'vote:configure', {
      stageId: seeded.stages.dots,
      settings: {
        kind: 'dots',
        budget: 5,
        anonymous: true,
        results: 'hidden',
        source: { type: 'list', stageId: seeded.stages.brainstorm },
      },
    });
    expect(dots.ok).toBe(true);
    await showStage(seeded, seeded.stages.dots);
    expect((await command(seeded.socket, 'vote:open', { stageId: seeded.stages.dots })).ok).toBe(true);
    for (const [page, lang] of [
      [ar, 'ar'],
      [en, 'en'],
    ] as const) {
      await page
        .locator('.board-presence__group')
        .nth(groups.length - 1)
        .waitFor();
      await page.locator('.vote-targets__item').first().waitFor();
      await everyProjector(page, `${lang}-vote-groups`, async (where) => {
        expect({ where, wrapped: await wrappedGroupNames(page) }).toEqual({ where, wrapped: [] });
      });
    }

    // Back to the brainstorm: its timer ran out before the room came back, so it is not shown.
    await showStage(seeded, seeded.stages.brainstorm);
    await ar.locator('.board-item').first().waitFor();
    await expect.poll(() => ar.locator('.board-timer').count()).toBe(0);
    await screenshot(ar, 'p9-ar-timer-gone');
    expect(await clippedStrings(ar)).toEqual([]);
    for (const phone of phones) phone.close();
    closeSeeded(seeded);
  });
});

/** Group names in the presence panel that take more than one line, are cut, or stick out of it. */
function wrappedGroupNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const panel = (document.querySelector('.board__side') as HTMLElement).getBoundingClientRect();
    return Array.from(document.querySelectorAll<HTMLElement>('.board-presence__group'))
      .filter((el) => {
        const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || el.offsetHeight;
        const r = el.getBoundingClientRect();
        return (
          el.scrollWidth > el.clientWidth + 1 ||
          el.offsetHeight > lineHeight * 1.5 ||
          r.left < panel.left - 1 ||
          r.right > panel.right + 1
        );
      })
      .map((el) => el.textContent ?? '');
  });
}

/**
 * On the drawn matrix, in the browser's own geometry: every number clear of every point, every
 * gridline, every quadrant's name and every other number; every quadrant's name clear of the points.
 */
function matrixOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type R = { x: number; y: number; w: number; h: number; what: string };
    const box = (el: SVGGraphicsElement, what: string): R => {
      const b = el.getBBox();
      return { x: b.x, y: b.y, w: b.width, h: b.height, what };
    };
    const meet = (a: R, b: R) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    const all = <T extends Element>(sel: string) => Array.from(document.querySelectorAll<T>(sel));
    const numbers = all<SVGTextElement>('.results-matrix__number').map((t) =>
      box(t, `number ${t.textContent}`),
    );
    const names = all<SVGTextElement>('.results-matrix__quadrant').map((t) =>
      box(t, `name ${t.textContent}`),
    );
    const points = all<SVGCircleElement>('.results-matrix__point').map((c, i) => box(c, `point ${i + 1}`));
    const lines = all<SVGLineElement>('.results-matrix__mid').map((l) => {
      const b = box(l, 'gridline');
      const half = 1.5;
      return { ...b, x: b.x - half, y: b.y - half, w: b.w + 2 * half, h: b.h + 2 * half };
    });
    const found: string[] = [];
    numbers.forEach((n, i) => {
      for (const o of [...points, ...lines, ...names, ...numbers.slice(i + 1)])
        if (meet(n, o)) found.push(`${n.what} on ${o.what}`);
    });
    for (const n of names) for (const p of points) if (meet(n, p)) found.push(`${n.what} on ${p.what}`);
    if (numbers.length !== points.length) found.push(`${points.length} points, ${numbers.length} numbers`);
    return found;
  });
}
