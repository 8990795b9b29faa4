import { type StageView, updateStage } from '@majlis/shared';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

/**
 * What the room may do with a list stage: open or closed for new ideas, locked against participants'
 * edits. How the projector lays it out is set beside the board's miniature (`BoardDisplayControl`).
 */
export function ListControls({ stage }: { readonly stage: StageView }) {
  const { t } = useI18n();
  const editor = useConsoleEditor();
  const open = stage.state === 'open';

  return (
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
          onClick={() => editor.act((doc) => updateStage(doc, stage.id, { state: open ? 'closed' : 'open' }))}
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
  );
}
