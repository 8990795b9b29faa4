import { BOARD_DISPLAYS, type BoardDisplay, type StageView, updateStage } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { ConsoleIcon } from './ConsoleIcon';
import { useConsoleEditor } from './useConsoleEditor';

/**
 * What the room may do with a list stage, and how the board shows it: open or closed for new ideas,
 * locked against participants' edits, and the board's layout (in order, by theme, by SDG).
 */
export function ListControls({ stage }: { readonly stage: StageView }) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const id = useId();
  const open = stage.state === 'open';

  const setDisplay = (display: BoardDisplay) => editor.act((doc) => updateStage(doc, stage.id, { display }));

  return (
    <>
      <fieldset className="deck-group">
        <legend className="deck-group__label">{t('curate.listHeading')}</legend>
        <p className="deck-group__status">
          {open ? t('curate.listIsOpen') : t('curate.listIsClosed')}
          {stage.locked && ` · ${t('curate.listIsLocked')}`}
        </p>
        <div className="deck-group__row">
          <button
            type="button"
            className={`button button--small ${open ? 'button--quiet' : ''}`}
            onClick={() =>
              editor.act((doc) => updateStage(doc, stage.id, { state: open ? 'closed' : 'open' }))
            }
          >
            {open ? t('curate.closeList') : t('curate.openList')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-pressed={stage.locked}
            onClick={() => editor.act((doc) => updateStage(doc, stage.id, { locked: !stage.locked }))}
          >
            <ConsoleIcon name={stage.locked ? 'lock' : 'unlock'} />
            {t('curate.lock')}
          </button>
        </div>
      </fieldset>
      <fieldset className="deck-group">
        <legend className="deck-group__label">{t('curate.display')}</legend>
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
    </>
  );
}
