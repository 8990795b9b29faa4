/** Names for what a vote's results refer to by id: item titles, poll option labels, group names. */
import {
  GROUP_LABELS,
  type ItemView,
  type Locale,
  type StakeholderGroup,
  type VoteSettings,
} from '@majlis/shared';
import { resultsPartOf } from '../kinds/resultsParts';

/** What a screen says for a target without a name of its own. */
export interface TargetFallbacks {
  /** An item whose title is empty. */
  readonly untitled: string;
  /** A target the doc no longer knows. */
  readonly gone: string;
}

/**
 * A lookup from a target id to what the screen reads: a poll option's label, or the item's title
 * (items stay in the doc after a merge or withdrawal, so a result never loses its name).
 */
export function targetLabeler(
  settings: VoteSettings | null,
  items: readonly Pick<ItemView, 'id' | 'title'>[],
  fallbacks: TargetFallbacks,
): (id: string) => string {
  if (settings && resultsPartOf(settings.kind).targets === 'options') {
    const options = new Map((settings.options ?? []).map((o) => [o.id, o.label]));
    return (id) => options.get(id) ?? fallbacks.gone;
  }
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return (id) => {
    const title = titles.get(id);
    if (title === undefined) return fallbacks.gone;
    return title.trim() === '' ? fallbacks.untitled : title;
  };
}

/** A group's name; the tally's `other` is the pool of every group too small to show on its own. */
export function groupName(group: StakeholderGroup | 'other', lang: Locale, pooled: string): string {
  return group === 'other' ? pooled : GROUP_LABELS[group][lang];
}
