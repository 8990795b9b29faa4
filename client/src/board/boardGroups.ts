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

/** All cards of the groups, in reading order. */
export const cardCount = (groups: readonly BoardGroup[]): number =>
  groups.reduce((sum, group) => sum + group.items.length, 0);

/**
 * The groups as page `start..start+size` of the cards shows them. Empty groups only show when
 * everything is on one page: once the board paginates, every line is needed for ideas.
 */
export function pageOfGroups(groups: readonly BoardGroup[], start: number, size: number): BoardGroupPage[] {
  const total = cardCount(groups);
  const single = start === 0 && size >= total;
  const out: BoardGroupPage[] = [];
  let at = 0;
  for (const group of groups) {
    const from = Math.max(start, at);
    const to = Math.min(start + size, at + group.items.length);
    if (to > from || (single && group.items.length === 0)) {
      out.push({
        ...group,
        items: group.items.slice(from - at, Math.max(from, to) - at),
        continued: from > at,
        total: group.items.length,
      });
    }
    at += group.items.length;
  }
  return out;
}
