import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useConsoleEditor } from '../consoleKit/useConsoleEditor';
import { useI18n } from '../i18n/useI18n';

/** Undo and Redo, always in the same corner, for this console's own changes (Ctrl+Z, Ctrl+Shift+Z). */
export function UndoButtons() {
  const { t } = useI18n();
  const { history } = useConsoleEditor();
  return (
    <div className="undo-buttons">
      <button
        type="button"
        className="tool-button"
        aria-label={t('console.undo')}
        title={`${t('console.undo')} (Ctrl+Z)`}
        aria-keyshortcuts="Control+Z Meta+Z"
        disabled={!history.canUndo}
        onClick={history.undo}
      >
        <ConsoleIcon name="undo" />
      </button>
      <button
        type="button"
        className="tool-button"
        aria-label={t('console.redo')}
        title={`${t('console.redo')} (Ctrl+Shift+Z)`}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        disabled={!history.canRedo}
        onClick={history.redo}
      >
        <ConsoleIcon name="redo" />
      </button>
    </div>
  );
}
