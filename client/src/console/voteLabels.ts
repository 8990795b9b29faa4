/** Names for what a vote's results refer to by id: item titles, poll option labels, group names. */
import {
  GROUP_LABELS,
  type ItemView,
  type Locale,
  type StakeholderGroup,
  type VoteSettings,
} from '@majlis/shared';

/**
 * A lookup from a target id to what the facilitator reads: the poll option's label, or the item's
 * title (items stay in the doc after a merge or withdrawal, so results keep their names).
 */
export function targetLabeller(
  items: readonly ItemView[],
  settings: VoteSettings | null,
  fallbacks: { readonly untitled: string; readonly gone: string },
): (id: string) => string {
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const options = new Map((settings?.options ?? []).map((o) => [o.id, o.label]));
  return (id) => {
    const option = settings?.kind === 'poll' ? options.get(id) : undefined;
    if (option !== undefined) return option;
    const title = titles.get(id);
    if (title === undefined) return fallbacks.gone;
    return title.trim() === '' ? fallbacks.untitled : title;
  };
}

/** A group's name; the tally's `other` is the pool of every group too small to show on its own. */
export function groupName(group: StakeholderGroup | 'other', lang: Locale, pooled: string): string {
  return group === 'other' ? pooled : GROUP_LABELS[group][lang];
}
