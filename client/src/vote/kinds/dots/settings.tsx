/** A dot vote in the settings form: dots per person and the cap per item. */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { FieldError } from '../../../components/FieldError';
import type { Translate } from '../../../i18n/translate';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { invalidProps } from '../common/settingsInvalidProps';
import { ltr } from '../common/settingsText';
import type {
  BallotWords,
  DraftNumbers,
  DraftProblem,
  KindFieldsProps,
  KindSettingsFields,
  SettingsPart,
} from '../settingsPart';

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

/** How many dots each person has, and how many of them may go on one item. */
export function DotsSettings(props: KindFieldsProps<DotsDraft>) {
  const { t } = useI18n();
  const { draft, change, idBase } = props;
  const field = (name: string) => `${idBase}-${name}`;

  return (
    <div className="vote-form__numbers">
      <div className="field">
        <label className="field__label" htmlFor={field('budget')}>
          {t('vote.console.budget')}
        </label>
        <input
          id={field('budget')}
          className="input input--compact vote-form__number"
          inputMode="numeric"
          value={draft.budget}
          onChange={(e) => change({ budget: e.target.value })}
          {...invalidProps(props, 'budget')}
        />
        <FieldError id={`${idBase}-budget-error`} message={props.problem('budget')} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={field('cap')}>
          {t('vote.console.cap')} <span className="field__optional">({t('common.optional')})</span>
        </label>
        <input
          id={field('cap')}
          className="input input--compact vote-form__number"
          inputMode="numeric"
          value={draft.maxPerItem}
          onChange={(e) => change({ maxPerItem: e.target.value })}
          {...invalidProps(props, 'maxPerItem')}
        />
        <FieldError id={`${idBase}-maxPerItem-error`} message={props.problem('maxPerItem')} />
      </div>
    </div>
  );
}

export const dotsSettingsPart = {
  ownOptions: false,
  draftFrom: dotsDraftFrom,
  Fields: DotsSettings,
  settingsFrom: dotsSettingsFrom,
  problemAt: dotsProblemAt,
  summary: dotsSummary,
  ballotLines: dotsBallotLines,
} satisfies SettingsPart<'dots', DotsDraft>;
