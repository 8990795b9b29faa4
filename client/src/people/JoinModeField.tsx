import type { JoinMode } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Open joining by the workshop's code, or invited people only. */
export function JoinModeField({
  mode,
  onMode,
}: {
  readonly mode: JoinMode;
  readonly onMode: (m: JoinMode) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="join-mode">
      <legend className="join-mode__legend">{t('people.mode.legend')}</legend>
      {(['open', 'invited'] as const).map((m) => (
        <label key={m} className="join-mode__option">
          <input type="radio" name={name} value={m} checked={mode === m} onChange={() => onMode(m)} />
          <span>{t(m === 'open' ? 'people.mode.open' : 'people.mode.invited')}</span>
        </label>
      ))}
      <p className="panel__note">{t(mode === 'open' ? 'people.mode.openHint' : 'people.mode.invitedHint')}</p>
    </fieldset>
  );
}
