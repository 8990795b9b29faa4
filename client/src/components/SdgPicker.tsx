import { SDGS } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { textColorOn } from '../lib/contrast';

interface Props {
  readonly value: readonly number[];
  readonly onChange: (sdgs: number[]) => void;
  readonly columns?: 2 | 3;
}

/** The 17 goals as checkable tiles: number on the UN colour plus the short title in the reader's
 * language. Checkboxes underneath, so it is one fieldset to assistive technology. */
export function SdgPicker({ value, onChange, columns = 2 }: Props) {
  const { t, lang } = useI18n();
  const hintId = useId();
  const toggle = (n: number) =>
    onChange(value.includes(n) ? value.filter((v) => v !== n) : [...value, n].sort((a, b) => a - b));
  return (
    <fieldset className="choice-group" aria-describedby={hintId}>
      <legend>
        {t('form.sdgs')}{' '}
        {value.length > 0 && (
          <span className="pill pill--accent">{t('form.sdgsChosen', { n: value.length })}</span>
        )}
      </legend>
      <p id={hintId} className="field__hint">
        {t('form.sdgsHint')}
      </p>
      <div className={`sdg-picker sdg-picker--cols-${columns}`}>
        {SDGS.map((goal) => {
          const checked = value.includes(goal.n);
          return (
            <label
              key={goal.n}
              className={`sdg-tile ${checked ? 'is-checked' : ''}`}
              style={
                checked
                  ? { backgroundColor: goal.color, borderColor: goal.color, color: textColorOn(goal.color) }
                  : undefined
              }
            >
              <input
                type="checkbox"
                checked={checked}
                onChange={() => toggle(goal.n)}
                className="visually-hidden"
              />
              <span
                className="sdg-tile__n"
                style={{ backgroundColor: goal.color, color: textColorOn(goal.color) }}
                aria-hidden="true"
              >
                {goal.n}
              </span>
              <span className="sdg-tile__title">
                <span className="visually-hidden">{goal.n} </span>
                {goal[lang]}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
