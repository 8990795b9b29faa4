import { useId } from 'react';
import { ConsoleIcon } from '../../consoleKit/ConsoleIcon';
import { useI18n } from '../../i18n/useI18n';

interface Props {
  readonly dirty: boolean;
  readonly locked: boolean;
  readonly busy: boolean;
  readonly saving: boolean;
  /** The facilitator tried to save and some fields are marked. */
  readonly problems: boolean;
  /** What just happened to the form, which Undo would reverse. */
  readonly notice: 'saved' | 'discarded' | null;
  readonly canUndo: boolean;
  readonly onUndo: () => void;
  readonly onDiscard: () => void;
}

/** The foot of the settings form: Save, Discard, and one line saying where the form stands. */
export function VoteSettingsStatus(props: Props) {
  const { t } = useI18n();
  const id = useId();
  const message = props.saving
    ? t('vote.console.saving')
    : props.problems
      ? t('vote.console.problems')
      : props.notice === 'saved'
        ? t('vote.console.saved')
        : props.notice === 'discarded'
          ? t('vote.console.discarded')
          : props.dirty && !props.locked
            ? t('vote.console.unsaved')
            : '';
  return (
    <div className="vote-form__footer">
      <button
        type="submit"
        className="button button--small"
        disabled={props.locked || props.busy || !props.dirty}
      >
        {t('vote.console.save')}
      </button>
      {props.dirty && !props.locked && (
        <button type="button" className="button button--small button--quiet" onClick={props.onDiscard}>
          {t('vote.console.discard')}
        </button>
      )}
      <p
        id={`${id}-state`}
        className={`vote-form__state ${props.problems ? 'is-problem' : ''}`}
        role="status"
      >
        {message}
      </p>
      {props.notice && props.canUndo && !props.dirty && (
        <button
          type="button"
          className="button button--small button--ghost"
          disabled={props.busy || props.locked}
          // The console's own Undo (Ctrl+Z) is also on the page: this one says what it undoes.
          aria-describedby={`${id}-state`}
          onClick={props.onUndo}
        >
          <ConsoleIcon name="undo" />
          {t('vote.console.undo')}
        </button>
      )}
    </div>
  );
}
