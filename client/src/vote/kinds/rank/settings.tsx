/** A ranking in the settings form: all items in order, or only the top few. */

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

export interface RankDraft {
  readonly rankAll: boolean;
  readonly rankTop: string;
}

export function rankDraftFrom(settings: VoteSettings | null): RankDraft {
  return { rankAll: settings?.rankTop === undefined, rankTop: String(settings?.rankTop ?? 3) };
}

export function rankSettingsFrom(draft: RankDraft, numbers: DraftNumbers): KindSettingsFields {
  return draft.rankAll ? {} : { rankTop: numbers.count('rankTop', draft.rankTop) };
}

export const rankProblemAt = (path: readonly PropertyKey[]): DraftProblem | undefined =>
  path[0] === 'rankTop' ? 'count' : undefined;

/** "All in order" or "Top 3 in order". */
export function rankSummary(settings: VoteSettings, t: Translate): string {
  return settings.rankTop === undefined
    ? t('vote.console.summary.rankAll')
    : t('vote.console.summary.rankTop', { n: formatNumber(settings.rankTop) });
}

/** "1. Parks", in the voter's order. */
export function rankBallotLines(ballot: BallotOf<'rank'>, words: BallotWords): string[] {
  return ballot.order.map((id, i) => `${ltr(`${i + 1}.`)} ${words.labelOf(id)}`);
}

/** Whether each person orders every item or only their top few, and how many. */
export function RankSettings(props: KindFieldsProps<RankDraft>) {
  const { t } = useI18n();
  const { draft, change, idBase } = props;
  const field = (name: string) => `${idBase}-${name}`;

  return (
    <fieldset className="vote-form__group">
      <legend className="vote-form__legend">{t('vote.console.rankHow')}</legend>
      <div className="vote-form__inline">
        <label className="vote-form__radio">
          <input
            type="radio"
            name={field('rank')}
            checked={draft.rankAll}
            onChange={() => change({ rankAll: true })}
          />
          {t('vote.console.rankAll')}
        </label>
        <label className="vote-form__radio">
          <input
            type="radio"
            name={field('rank')}
            checked={!draft.rankAll}
            onChange={() => change({ rankAll: false })}
          />
          {t('vote.console.rankTop')}
        </label>
        <input
          id={field('rankTop')}
          className="input input--compact vote-form__number"
          inputMode="numeric"
          aria-label={t('vote.console.rankTopN')}
          value={draft.rankTop}
          disabled={draft.rankAll}
          onChange={(e) => change({ rankTop: e.target.value })}
          {...invalidProps(props, 'rankTop')}
        />
      </div>
      <FieldError id={`${idBase}-rankTop-error`} message={props.problem('rankTop')} />
    </fieldset>
  );
}

export const rankSettingsPart = {
  ownOptions: false,
  draftFrom: rankDraftFrom,
  Fields: RankSettings,
  settingsFrom: rankSettingsFrom,
  problemAt: rankProblemAt,
  summary: rankSummary,
  ballotLines: rankBallotLines,
} satisfies SettingsPart<'rank', RankDraft>;
