import { GROUP_LABELS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly value: StakeholderGroup | null;
  readonly onChange: (group: StakeholderGroup) => void;
  readonly describedBy?: string;
}

/** The seven stakeholder groups as large radio cards, one per row, easy to hit with a thumb. */
export function GroupPicker({ value, onChange, describedBy }: Props) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="choice-group" aria-describedby={describedBy}>
      <legend>{t('join.group')}</legend>
      {STAKEHOLDER_GROUPS.map((g) => (
        <label key={g} className="choice">
          <input type="radio" name="group" value={g} checked={value === g} onChange={() => onChange(g)} />
          <span className="choice__title">{GROUP_LABELS[g][lang]}</span>
        </label>
      ))}
    </fieldset>
  );
}
