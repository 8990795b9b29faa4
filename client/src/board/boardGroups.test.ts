import type { ItemView, ThemeView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { goalCounts, groupBySdg, groupByTheme, HEADING_UNITS, paginateGroups } from './boardGroups';

const item = (id: string, extra: Partial<ItemView> = {}): ItemView => ({
  id,
  stageId: 's',
  title: id,
  description: '',
  sdgs: [],
  ownSdgs: [],
  status: 'active',
  mergedFrom: [],
  createdAt: 0,
  rank: 0,
  ...extra,
});
const theme = (id: string): ThemeView => ({ id, stageId: 's', name: id.toUpperCase(), rank: 0 });
const keys = (groups: ReturnType<typeof groupByTheme>) =>
  groups.map((g) => `${g.key}:${g.items.map((i) => i.id).join(',')}`);

describe('board groups', () => {
  it('puts themes in order, keeps empty ones, and the ungrouped (or orphaned) ideas last', () => {
    const items = [
      item('a', { themeId: 't2' }),
      item('b'),
      item('c', { themeId: 'gone' }),
      item('d', { themeId: 't1' }),
    ];
    expect(keys(groupByTheme(items, [theme('t1'), theme('t2'), theme('t3')]))).toEqual([
      'theme:t1:d',
      'theme:t2:a',
      'theme:t3:',
      'ungrouped:b,c',
    ]);
    expect(keys(groupByTheme([item('a', { themeId: 't1' })], [theme('t1')]))).toEqual(['theme:t1:a']);
  });

  it('lists an idea under every goal it serves, goals by number, untagged last', () => {
    const items = [item('a', { sdgs: [11, 3] }), item('b', { sdgs: [3] }), item('c')];
    expect(keys(groupBySdg(items))).toEqual(['sdg:3:a,b', 'sdg:11:a', 'no-goal:c']);
    expect(goalCounts(items)[2]).toBe(2);
    expect(goalCounts(items)[10]).toBe(1);
    expect(goalCounts(items).reduce((a, b) => a + b, 0)).toBe(3);
  });

  const group = (key: string, n: number) => ({
    kind: 'theme' as const,
    key,
    name: key,
    items: Array.from({ length: n }, (_, i) => item(`${key}${i}`)),
  });
  const groups = [group('a', 6), group('b', 1), group('c', 4), group('d', 9), group('e', 2)];
  const units = (page: ReturnType<typeof paginateGroups>[number]) =>
    page.reduce((sum, g) => sum + HEADING_UNITS + g.items.length, 0);

  it('keeps everything on one page when it fits, empty groups included', () => {
    expect(paginateGroups(groups, null)).toHaveLength(1);
    expect(paginateGroups([...groups, group('f', 0)], 100)[0]).toHaveLength(6);
  });

  it('fills pages within their capacity, repeats a heading where a group goes on, loses nothing', () => {
    for (const capacity of [4, 8, 12, 20]) {
      const pages = paginateGroups(groups, capacity);
      for (const page of pages)
        expect(units(page)).toBeLessThanOrEqual(Math.max(capacity, HEADING_UNITS + 1));
      const shown = pages.flatMap((page) => page.flatMap((g) => g.items.map((i) => i.id)));
      expect(shown).toEqual(groups.flatMap((g) => g.items.map((i) => i.id)));
      for (const page of pages.slice(1)) {
        const first = page[0];
        if (first?.continued) expect(first.total).toBeGreaterThan(first.items.length);
      }
    }
  });

  it('evens pages out instead of leaving a lonely last page', () => {
    const pages = paginateGroups(groups, 20);
    expect(pages).toHaveLength(2);
    const [first, second] = pages.map(units);
    expect(Math.abs((first ?? 0) - (second ?? 0))).toBeLessThanOrEqual(4);
  });
});
