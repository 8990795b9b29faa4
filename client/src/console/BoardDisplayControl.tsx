import { BOARD_DISPLAYS, type BoardDisplay, type StageView, updateStage } from '@majlis/shared';
import { useId } from 'react';
import { Icon } from '../components/Icon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

/**
 * How the projector lays out the list on it (in order, by theme, by SDG). It sits with the board's
 * miniature, not with the console's own list, so changing the projector is never a slip.
 */
export function BoardDisplayControl({ stage }: { readonly stage: StageView }) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const setDisplay = (display: BoardDisplay) => editor.act((doc) => updateStage(doc, stage.id, { display }));
  return (
    <fieldset className="deck-group board-display">
      <legend className="deck-group__label board-display__legend">
        <Icon name="monitor" />
        {t('curate.display')}
      </legend>
      <div className="segmented-row">
        {BOARD_DISPLAYS.map((display) => (
          <label key={display} className="segment">
            <input
              type="radio"
              name={`${id}-display`}
              value={display}
              checked={stage.display === display}
              onChange={() => setDisplay(display)}
            />
            <span>{t(`curate.display.${display}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
