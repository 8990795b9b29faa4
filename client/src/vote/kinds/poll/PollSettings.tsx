import { FieldError } from '../../../components/FieldError';
import { Icon } from '../../../components/Icon';
import { ConsoleIcon } from '../../../consoleKit/ConsoleIcon';
import { useI18n } from '../../../i18n/useI18n';
import { freshId } from '../common/settingsIds';
import { invalidProps } from '../common/settingsInvalidProps';
import type { KindFieldsProps } from '../settingsPart';
import type { PollDraft } from './pollSettings';

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
