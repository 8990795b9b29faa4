import type { ItemView, ThemeView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { displayRows, goalCounts, groupBySdg, groupByTheme } from './boardGroups';

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
});

describe('displayRows', () => {
  const items = [item('a', { sdgs: [11, 3] }), item('b', { sdgs: [3] }), item('c')];

  it('counts an idea once in the list, once per goal by goal, and a heading as more than an idea', () => {
    expect(displayRows(items, [], 'list')).toBe(3);
    // Goal 3 (a, b), goal 11 (a), no goal (c): three headings and four lines.
    expect(displayRows(items, [], 'sdgs')).toBe(3 * 1.5 + 4);
    // No theme yet: one heading (not in a theme) over the three.
    expect(displayRows(items, [], 'themes')).toBe(1.5 + 3);
  });
});
