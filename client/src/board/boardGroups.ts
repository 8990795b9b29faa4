/** How the board groups a list for its `themes` and `sdgs` displays. Pure, so it is tested alone. */
import type { ItemView, ThemeView } from '@majlis/shared';
import { SDGS } from '@majlis/shared';

export type BoardGroup =
  | {
      readonly kind: 'theme';
      readonly key: string;
      readonly name: string;
      readonly items: readonly ItemView[];
    }
  | { readonly kind: 'ungrouped'; readonly key: string; readonly items: readonly ItemView[] }
  | { readonly kind: 'sdg'; readonly key: string; readonly goal: number; readonly items: readonly ItemView[] }
  | { readonly kind: 'noGoal'; readonly key: string; readonly items: readonly ItemView[] };

/** A group as one page shows it: possibly only part of its items, and a note when it goes on from
 * the page before. `total` is the whole group's count, whatever the page. */
export type BoardGroupPage = BoardGroup & { readonly continued: boolean; readonly total: number };

/**
 * The stage's themes in their order, each with its items in list order, then the items in no
 * theme (or in a theme that no longer exists) last. Empty themes are kept: the room sees the
 * structure the facilitator is building.
 */
export function groupByTheme(items: readonly ItemView[], themes: readonly ThemeView[]): BoardGroup[] {
  const known = new Set(themes.map((theme) => theme.id));
  const groups: BoardGroup[] = themes.map((theme) => ({
    kind: 'theme',
    key: `theme:${theme.id}`,
    name: theme.name,
    items: items.filter((item) => item.themeId === theme.id),
  }));
  const loose = items.filter((item) => item.themeId === undefined || !known.has(item.themeId));
  if (loose.length > 0) groups.push({ kind: 'ungrouped', key: 'ungrouped', items: loose });
  return groups;
}

/** Goals in number order with the items tagged with each (an idea serving three goals is under
 * all three), then the untagged items. Goals nobody tagged are left out. */
export function groupBySdg(items: readonly ItemView[]): BoardGroup[] {
  const groups: BoardGroup[] = [];
  for (const goal of SDGS) {
    const tagged = items.filter((item) => item.sdgs.includes(goal.n));
    if (tagged.length > 0) groups.push({ kind: 'sdg', key: `sdg:${goal.n}`, goal: goal.n, items: tagged });
  }
  const untagged = items.filter((item) => item.sdgs.length === 0);
  if (untagged.length > 0) groups.push({ kind: 'noGoal', key: 'no-goal', items: untagged });
  return groups;
}

/** How many of `items` serve each goal, indexed by goal number minus one. */
export function goalCounts(items: readonly ItemView[]): number[] {
  const counts = SDGS.map(() => 0);
  for (const item of items) {
    for (const n of item.sdgs) if (n >= 1 && n <= counts.length) counts[n - 1] = (counts[n - 1] ?? 0) + 1;
  }
  return counts;
}

/** What a heading costs on a page, in lines of an idea: a page full of short groups holds fewer ideas. */
export const HEADING_UNITS = 2;

const unitsOf = (groups: readonly BoardGroup[]) =>
  groups.reduce((sum, group) => sum + HEADING_UNITS + group.items.length, 0);

/** Fills pages of at most `capacity` units in reading order; a group that goes on to the next page
 * gets its heading again there. */
function fill(groups: readonly BoardGroup[], capacity: number): BoardGroupPage[][] {
  const pages: BoardGroupPage[][] = [];
  let page: BoardGroupPage[] = [];
  let used = 0;
  const close = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    used = 0;
  };
  for (const group of groups) {
    let from = 0;
    do {
      // A heading alone at the foot of a page helps nobody: start it on the next one.
      if (used > 0 && used + HEADING_UNITS + Math.min(1, group.items.length) > capacity) close();
      const room = Math.max(1, capacity - used - HEADING_UNITS);
      const to = Math.min(group.items.length, from + room);
      page.push({
        ...group,
        items: group.items.slice(from, to),
        continued: from > 0,
        total: group.items.length,
      });
      used += HEADING_UNITS + (to - from);
      from = to;
      if (from < group.items.length) close();
    } while (from < group.items.length);
  }
  close();
  return pages;
}

/**
 * The groups cut into pages that each hold at most `capacity` units (an idea is one, a heading
 * HEADING_UNITS), evened out so the last page is not a lonely remainder. Null capacity: one page.
 */
export function paginateGroups(groups: readonly BoardGroup[], capacity: number | null): BoardGroupPage[][] {
  const all = groups.map((group) => ({ ...group, continued: false, total: group.items.length }));
  if (capacity === null || unitsOf(groups) <= capacity) return [all];
  const greedy = fill(groups, Math.max(HEADING_UNITS + 1, capacity));
  // The smallest capacity that still needs no more pages spreads the ideas evenly over them.
  for (let even = Math.ceil(unitsOf(groups) / greedy.length); even < capacity; even++) {
    const balanced = fill(groups, even);
    if (balanced.length <= greedy.length) return balanced;
  }
  return greedy;
}
