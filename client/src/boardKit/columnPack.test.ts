import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedPacking, type PackGroup, type Packing, packColumns } from './columnPack';

const SPACING = { item: 10, group: 30 };
const list = (...items: number[]): PackGroup[] => [{ head: 0, cont: 0, items }];

/** The blocks of one column of one page, top to bottom. */
const column = (packing: Packing, page: number, col: number) =>
  packing.blocks.filter((b) => b.page === page && b.column === col);

describe('packColumns', () => {
  it('fills a column before starting the next, and the next page after the last column', () => {
    const packing = packColumns(list(40, 40, 40, 40, 40), 100, 2, SPACING);
    expect(packing.blocks.map((b) => [b.page, b.column, b.y])).toEqual([
      [0, 0, 0],
      [0, 0, 50],
      [0, 1, 0],
      [0, 1, 50],
      [1, 0, 0],
    ]);
    expect(packing.pages).toBe(2);
    expect(packing.overflow).toBe(false);
  });

  it('puts everything on one page when it fits, and says one page for nothing at all', () => {
    expect(packColumns(list(40, 40, 40), 200, 1, SPACING).pages).toBe(1);
    expect(packColumns([], 200, 3, SPACING)).toEqual({
      blocks: [],
      pages: 1,
      overflow: false,
      columnHeight: 200,
    });
  });

  it('never leaves a heading alone at the foot of a column', () => {
    const groups: PackGroup[] = [
      { head: 30, cont: 30, items: [30] },
      { head: 30, cont: 30, items: [30, 30] },
    ];
    // After the first group (70 px) and the group gap, the second heading would fit (130) but not
    // its first idea: both go to the next column.
    const packing = packColumns(groups, 140, 2, SPACING);
    expect(column(packing, 0, 0).map((b) => [b.group, b.item])).toEqual([
      [0, -1],
      [0, 0],
    ]);
    expect(column(packing, 0, 1).map((b) => [b.group, b.item])).toEqual([
      [1, -1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('repeats a heading, marked continued, where its group goes on in a new column or page', () => {
    const groups: PackGroup[] = [{ head: 30, cont: 20, items: [40, 40, 40, 40] }];
    const packing = packColumns(groups, 100, 1, SPACING);
    expect(packing.blocks.map((b) => [b.page, b.item, b.continued, b.y, b.height])).toEqual([
      [0, -1, false, 0, 30],
      [0, 0, false, 40, 40],
      [1, -1, true, 0, 20],
      [1, 1, false, 30, 40],
      [2, -1, true, 0, 20],
      [2, 2, false, 30, 40],
      [3, -1, true, 0, 20],
      [3, 3, false, 30, 40],
    ]);
  });

  it('keeps an empty theme as its heading alone', () => {
    const groups: PackGroup[] = [
      { head: 30, cont: 30, items: [] },
      { head: 30, cont: 30, items: [20] },
    ];
    const packing = packColumns(groups, 200, 1, SPACING);
    expect(packing.blocks.map((b) => [b.group, b.item, b.y])).toEqual([
      [0, -1, 0],
      [1, -1, 60],
      [1, 0, 100],
    ]);
  });

  it('reports a block taller than a column', () => {
    expect(packColumns(list(40, 300, 40), 100, 3, SPACING).overflow).toBe(true);
  });
});

describe('balancedPacking', () => {
  it('spreads a short list over the columns instead of filling the first one', () => {
    const packing = balancedPacking(list(40, 40, 40, 40), 1000, 2, SPACING);
    expect(column(packing, 0, 0)).toHaveLength(2);
    expect(column(packing, 0, 1)).toHaveLength(2);
    expect(packing.pages).toBe(1);
  });

  it('evens out pages rather than leaving a lonely last page', () => {
    const items = Array.from({ length: 9 }, () => 40);
    const packing = balancedPacking(list(...items), 190, 1, SPACING);
    // Four a page at full height (4, 4, 1); three pages of three once balanced.
    expect(packing.pages).toBe(3);
    expect([0, 1, 2].map((p) => column(packing, p, 0).length)).toEqual([3, 3, 3]);
  });
});

describe('balancedPacking of a list that grew', () => {
  it('keeps every placed idea where it was while the longer list fits the same pages', () => {
    const before = balancedPacking(list(40, 40, 40, 40, 40), 1000, 3, SPACING);
    const after = balancedPacking(list(40, 40, 40, 40, 40, 40), 1000, 3, SPACING, { keep: before });
    expect(after.blocks.slice(0, 5)).toEqual(before.blocks);
    expect(after.pages).toBe(1);
  });

  it('balances again once the kept height would need another page', () => {
    const items = Array.from({ length: 8 }, () => 40);
    const before = balancedPacking(list(...items), 190, 1, SPACING);
    // Two pages of four at full height, already even: a ninth idea needs a third page either way.
    const after = balancedPacking(list(...items, 40), 190, 1, SPACING, { keep: before });
    expect(after.pages).toBe(3);
    expect([0, 1, 2].map((p) => column(after, p, 0).length)).toEqual([3, 3, 3]);
  });

  it('leaves room for the next ideas when asked, so they too move nothing', () => {
    const items = Array.from({ length: 20 }, () => 40);
    const tight = balancedPacking(list(...items), 1000, 4, SPACING);
    const roomy = balancedPacking(list(...items), 1000, 4, SPACING, { slack: 50 });
    expect(roomy.columnHeight).toBe(tight.columnHeight + 50);
    const grown = balancedPacking(list(...items, 40, 40), 1000, 4, SPACING, { keep: roomy });
    expect(grown.blocks.slice(0, 20)).toEqual(roomy.blocks);
  });

  it('rebalances when the kept height is short of the pages the full height gives', () => {
    // Balanced, six ideas take two columns of three; a seventh fits one page at full height only if
    // the columns grow, so the kept height is left for a new balance on the one page.
    const before = balancedPacking(list(40, 40, 40, 40, 40, 40), 1000, 2, SPACING);
    const after = balancedPacking(list(40, 40, 40, 40, 40, 40, 40), 1000, 2, SPACING, {
      keep: before,
    });
    expect(after.pages).toBe(1);
    expect(after.blocks.every((b) => b.y + b.height <= 1000)).toBe(true);
  });
});

/** Random groups of random heights: a theme board, or a plain list when headless. */
const groupsArb = fc.boolean().chain((headless) =>
  fc.array(
    fc.record({
      head: headless ? fc.constant(0) : fc.integer({ min: 20, max: 90 }),
      cont: headless ? fc.constant(0) : fc.integer({ min: 20, max: 90 }),
      items: fc.array(fc.integer({ min: 20, max: 160 }), { maxLength: headless ? 160 : 25 }),
    }),
    { maxLength: headless ? 1 : 17 },
  ),
);

describe('packing invariants', () => {
  it('places every idea once, in order, inside its column, never apart from its heading', () => {
    fc.assert(
      fc.property(
        groupsArb,
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.boolean(),
        fc.option(
          fc.record({
            columnHeight: fc.integer({ min: 1, max: 1000 }),
            pages: fc.integer({ min: 1, max: 9 }),
          }),
          {
            nil: undefined,
          },
        ),
        (groups, height, columns, balanced, keep) => {
          const packing = balanced
            ? balancedPacking(groups, height, columns, SPACING, { keep, slack: keep === undefined ? 0 : 45 })
            : packColumns(groups, height, columns, SPACING);
          const ideas = packing.blocks.filter((b) => b.item >= 0).map((b) => `${b.group}.${b.item}`);
          expect(ideas).toEqual(groups.flatMap((g, gi) => g.items.map((_, i) => `${gi}.${i}`)));
          // Reading order: pages, then columns, then top to bottom; never below a column's foot.
          for (let i = 1; i < packing.blocks.length; i++) {
            const a = packing.blocks[i - 1];
            const b = packing.blocks[i];
            if (!a || !b) continue;
            const order = a.page - b.page || a.column - b.column;
            expect(order < 0 || (order === 0 && b.y >= a.y + a.height)).toBe(true);
          }
          for (const b of packing.blocks) {
            expect(b.column).toBeLessThan(columns);
            expect(b.y + b.height <= height || packing.overflow).toBe(true);
          }
          // Every column holding an idea of a headed group shows that group's heading above it.
          for (const b of packing.blocks) {
            if (b.item < 0 || (groups[b.group]?.head ?? 0) === 0) continue;
            const above = column(packing, b.page, b.column).filter((o) => o.y < b.y);
            expect(above.some((o) => o.group === b.group && o.item === -1)).toBe(true);
          }
          // A heading is followed by its first idea in the same column (unless the group is empty).
          packing.blocks.forEach((b, i) => {
            if (b.item !== -1 || (groups[b.group]?.items.length ?? 0) === 0) return;
            const next = packing.blocks[i + 1];
            expect(next && next.group === b.group && next.page === b.page && next.column === b.column).toBe(
              true,
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('balancing (a kept height too) keeps the page count and never makes a column taller', () => {
    fc.assert(
      fc.property(
        groupsArb,
        fc.integer({ min: 200, max: 1000 }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(
          fc.record({
            columnHeight: fc.integer({ min: 1, max: 1000 }),
            pages: fc.integer({ min: 1, max: 9 }),
          }),
          {
            nil: undefined,
          },
        ),
        (g, h, c, keep) => {
          const full = packColumns(g, h, c, SPACING);
          const even = balancedPacking(g, h, c, SPACING, { keep, slack: keep === undefined ? 0 : 45 });
          if (full.overflow) return;
          expect(even.pages).toBe(full.pages);
          const tallest = (p: Packing) => Math.max(0, ...p.blocks.map((b) => b.y + b.height));
          expect(tallest(even)).toBeLessThanOrEqual(tallest(full));
        },
      ),
      { numRuns: 300 },
    );
  });
});
