/** A dot vote in the settings form: dots per person and the cap per item. */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { Translate } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import { ltr } from '../common/settingsText';
import type { BallotWords, DraftNumbers, DraftProblem, KindSettingsFields } from '../settingsPart';

export interface DotsDraft {
  readonly budget: string;
  /** Empty: no cap per item. */
  readonly maxPerItem: string;
}

/** Five dots, at most three on one item, for a vote not set up yet. */
export function dotsDraftFrom(settings: VoteSettings | null): DotsDraft {
  return {
    budget: String(settings?.budget ?? 5),
    maxPerItem: settings ? (settings.maxPerItem === undefined ? '' : String(settings.maxPerItem)) : '3',
  };
}

export function dotsSettingsFrom(draft: DotsDraft, numbers: DraftNumbers): KindSettingsFields {
  const budget = numbers.count('budget', draft.budget);
  if (draft.maxPerItem.trim() === '') return { budget };
  return { budget, maxPerItem: numbers.count('maxPerItem', draft.maxPerItem) };
}

export const dotsProblemAt = (path: readonly PropertyKey[]): DraftProblem | undefined =>
  path[0] === 'budget' || path[0] === 'maxPerItem' ? 'count' : undefined;

/** "5 dots each" or "5 dots each, at most 3 per item". */
export function dotsSummary(settings: VoteSettings, t: Translate): string {
  return settings.maxPerItem === undefined
    ? t('vote.console.summary.budget', { n: formatNumber(settings.budget ?? 0) })
    : t('vote.console.summary.budgetCap', {
        n: formatNumber(settings.budget ?? 0),
        cap: formatNumber(settings.maxPerItem),
      });
}

/** "Clean water ×3", biggest allocation first. */
export function dotsBallotLines(ballot: BallotOf<'dots'>, words: BallotWords): string[] {
  return Object.entries(ballot.allocations)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([id, n]) => `${words.labelOf(id)} ${ltr(`×${n}`)}`);
}
