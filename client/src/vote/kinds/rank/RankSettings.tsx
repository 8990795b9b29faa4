import { FieldError } from '../../../components/FieldError';
import { useI18n } from '../../../i18n/useI18n';
import { invalidProps } from '../common/settingsInvalidProps';
import type { KindFieldsProps } from '../settingsPart';
import type { RankDraft } from './rankSettings';

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
