import { FieldError } from '../../../components/FieldError';
import { Icon } from '../../../components/Icon';
import { ConsoleIcon } from '../../../consoleKit/ConsoleIcon';
import { useI18n } from '../../../i18n/useI18n';
import { freshId } from '../common/settingsIds';
import { invalidProps } from '../common/settingsInvalidProps';
import type { KindFieldsProps } from '../settingsPart';
import type { CriterionDraft, ScoreDraft } from './scoreSettings';

const MAX_CRITERIA = 6;

/**
 * The named criteria of a score vote, each with its weight in the total. Ids stay hidden and fixed
 * (ballots are keyed by them), so renaming a criterion never loses its scores.
 */
export function ScoreSettings(props: KindFieldsProps<ScoreDraft>) {
  const { t } = useI18n();
  const { draft, change, idBase, fixed } = props;
  const criteria = draft.criteria;
  const update = (index: number, patch: Partial<CriterionDraft>) =>
    change({ criteria: criteria.map((c, i) => (i === index ? { ...c, ...patch } : c)) });

  return (
    <fieldset className="vote-form__group">
      <legend className="vote-form__legend">{t('vote.console.criteria')}</legend>
      <p className="field__hint">{t('vote.console.criteriaHint')}</p>
      <div className="vote-rows__head" aria-hidden="true">
        <span>{t('vote.console.name')}</span>
        <span>{t('vote.console.weight')}</span>
      </div>
      <ol className="vote-rows">
        {criteria.map((c, i) => {
          const n = i + 1;
          return (
            <li key={c.id} className="vote-rows__row">
              <div className="vote-rows__cell">
                <input
                  className="input input--compact"
                  dir="auto"
                  maxLength={80}
                  aria-label={t('vote.console.criterionLabel', { n })}
                  value={c.label}
                  onChange={(e) => update(i, { label: e.target.value })}
                  {...invalidProps(props, `criteria.${i}.label`)}
                />
                <FieldError
                  id={`${idBase}-criteria.${i}.label-error`}
                  message={props.problem(`criteria.${i}.label`)}
                />
              </div>
              <div className="vote-rows__cell">
                <input
                  className="input input--compact vote-form__number"
                  inputMode="decimal"
                  aria-label={t('vote.console.criterionWeight', { n })}
                  value={c.weight}
                  onChange={(e) => update(i, { weight: e.target.value })}
                  {...invalidProps(props, `criteria.${i}.weight`)}
                />
                <FieldError
                  id={`${idBase}-criteria.${i}.weight-error`}
                  message={props.problem(`criteria.${i}.weight`)}
                />
              </div>
              <button
                type="button"
                className="tool-button tool-button--danger"
                aria-label={t('vote.console.criterionRemove', { label: c.label || String(n) })}
                disabled={criteria.length <= 1 || fixed}
                onClick={() => change({ criteria: criteria.filter((_, j) => j !== i) })}
              >
                <ConsoleIcon name="trash" />
              </button>
            </li>
          );
        })}
      </ol>
      <FieldError id={`${idBase}-criteria-error`} message={props.problem('criteria')} />
      <button
        type="button"
        className="button button--small button--quiet vote-form__add"
        disabled={criteria.length >= MAX_CRITERIA || fixed}
        onClick={() =>
          change({ criteria: [...criteria, { id: freshId(criteria, 'c'), label: '', weight: '1' }] })
        }
      >
        <Icon name="plus" />
        {t('vote.console.criterionAdd')}
      </button>
    </fieldset>
  );
}
