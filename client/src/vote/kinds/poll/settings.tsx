/** A poll in the settings form: its own options, and whether one person may choose several. */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { FieldError } from '../../../components/FieldError';
import { Icon } from '../../../components/Icon';
import { ConsoleIcon } from '../../../consoleKit/ConsoleIcon';
import type { Translate } from '../../../i18n/translate';
import { useI18n } from '../../../i18n/useI18n';
import { formatNumber } from '../../../lib/numbers';
import { freshId } from '../common/settingsIds';
import { invalidProps } from '../common/settingsInvalidProps';
import type {
  BallotWords,
  DraftProblem,
  KindFieldsProps,
  KindSettingsFields,
  SettingsPart,
} from '../settingsPart';

export interface OptionDraft {
  readonly id: string;
  readonly label: string;
}

export interface PollDraft {
  readonly options: readonly OptionDraft[];
  readonly multiple: boolean;
}

/** The poll's options, or two empty ones to fill in. */
export function pollDraftFrom(settings: VoteSettings | null): PollDraft {
  return {
    options: settings?.options?.map((o) => ({ ...o })) ?? [
      { id: 'o1', label: '' },
      { id: 'o2', label: '' },
    ],
    multiple: settings?.multiple ?? false,
  };
}

export function pollSettingsFrom(draft: PollDraft): KindSettingsFields {
  return { options: draft.options.map((o) => ({ id: o.id, label: o.label })), multiple: draft.multiple };
}

/** An option's label, or the options as a whole (too few, ids that repeat). */
export function pollProblemAt(path: readonly PropertyKey[]): DraftProblem | undefined {
  if (path[0] !== 'options') return undefined;
  return path[2] === 'label' ? 'label' : 'options';
}

/** "3 options, one choice" or "3 options, several choices". */
export function pollSummary(settings: VoteSettings, t: Translate): string {
  return t(settings.multiple ? 'vote.console.summary.pollMany' : 'vote.console.summary.pollOne', {
    n: formatNumber(settings.options?.length ?? 0),
  });
}

/** The options chosen, one a line. */
export function pollBallotLines(ballot: BallotOf<'poll'>, words: BallotWords): string[] {
  return ballot.choices.map(words.labelOf);
}

const MAX_OPTIONS = 20;
const MIN_OPTIONS = 2;

/** A poll's own options and whether one person may choose several. */
export function PollSettings(props: KindFieldsProps<PollDraft>) {
  const { t } = useI18n();
  const { draft, change, idBase, fixed } = props;
  const options = draft.options;

  return (
    <fieldset className="vote-form__group">
      <legend className="vote-form__legend">{t('vote.console.options')}</legend>
      <ol className="vote-rows vote-rows--options">
        {options.map((o, i) => {
          const n = i + 1;
          return (
            <li key={o.id} className="vote-rows__row">
              <span className="vote-rows__n" aria-hidden="true">
                {n}
              </span>
              <div className="vote-rows__cell">
                <input
                  className="input input--compact"
                  dir="auto"
                  maxLength={200}
                  aria-label={t('vote.console.optionLabel', { n })}
                  value={o.label}
                  onChange={(e) =>
                    change({
                      options: options.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)),
                    })
                  }
                  {...invalidProps(props, `options.${i}.label`)}
                />
                <FieldError
                  id={`${idBase}-options.${i}.label-error`}
                  message={props.problem(`options.${i}.label`)}
                />
              </div>
              <button
                type="button"
                className="tool-button tool-button--danger"
                aria-label={t('vote.console.optionRemove', { n })}
                disabled={options.length <= MIN_OPTIONS || fixed}
                onClick={() => change({ options: options.filter((_, j) => j !== i) })}
              >
                <ConsoleIcon name="trash" />
              </button>
            </li>
          );
        })}
      </ol>
      <FieldError id={`${idBase}-options-error`} message={props.problem('options')} />
      <div className="vote-form__inline">
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={options.length >= MAX_OPTIONS || fixed}
          onClick={() => change({ options: [...options, { id: freshId(options, 'o'), label: '' }] })}
        >
          <Icon name="plus" />
          {t('vote.console.optionAdd')}
        </button>
        <label className="vote-form__check">
          <input
            type="checkbox"
            checked={draft.multiple}
            onChange={(e) => change({ multiple: e.target.checked })}
          />
          {t('vote.console.multiple')}
        </label>
      </div>
    </fieldset>
  );
}

export const pollSettingsPart = {
  ownOptions: true,
  draftFrom: pollDraftFrom,
  Fields: PollSettings,
  settingsFrom: pollSettingsFrom,
  problemAt: pollProblemAt,
  summary: pollSummary,
  ballotLines: pollBallotLines,
} satisfies SettingsPart<'poll', PollDraft>;
