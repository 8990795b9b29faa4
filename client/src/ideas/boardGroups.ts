/** How the board groups a list for its `themes` and `sdgs` displays. Pure, so it is tested alone. */
import type { BoardDisplay, ItemView, ThemeView } from '@majlis/shared';
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

/** What a group heading weighs against an idea when the board judges how crowded a display is. */
const HEADING_ROWS = 1.5;

/**
 * How crowded a list stage's display is, in idea rows: an idea is one; by goal, an idea counts once
 * for each goal it serves (it is listed under each), and each heading (a theme, a goal) weighs more
 * than an idea. The board makes room for the list as this grows (Board's DENSE_FROM, WALL_FROM).
 */
export function displayRows(
  items: readonly ItemView[],
  themes: readonly ThemeView[],
  display: BoardDisplay,
): number {
  switch (display) {
    case 'list':
      return items.length;
    case 'themes':
      return groupByTheme(items, themes).length * HEADING_ROWS + items.length;
    case 'sdgs':
      return groupBySdg(items).reduce((rows, group) => rows + HEADING_ROWS + group.items.length, 0);
    default: {
      const unreachable: never = display;
      return unreachable;
    }
  }
}
