import { FieldError } from '../../../components/FieldError';
import { useI18n } from '../../../i18n/useI18n';
import { invalidProps } from '../common/settingsInvalidProps';
import type { KindFieldsProps } from '../settingsPart';
import type { DotsDraft } from './dotsSettings';

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
