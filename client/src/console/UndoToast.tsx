import { useEffect, useRef, useState } from 'react';
import { Icon } from '../components/Icon';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import type { UndoHistory } from '../consoleKit/useUndoHistory';
import { useI18n } from '../i18n/useI18n';

export interface Notice {
  readonly id: number;
  readonly message: string;
  /** The undo step this notice is about; the toast offers Undo only while it is the next one. */
  readonly step: object;
}

interface Props {
  readonly notice: Notice;
  readonly history: UndoHistory;
  readonly onDone: () => void;
}

const VISIBLE_MS = 8000;

/**
 * "3 ideas merged — Undo". The button turns into Redo once used (so the focus has somewhere to
 * stay), the toast waits while it is hovered or focused, and it leaves once another change makes
 * its Undo mean something else.
 */
export function UndoToast({ notice, history, onDone }: Props) {
  const { t } = useI18n();
  const [undone, setUndone] = useState<object | null>(null);
  const [held, setHeld] = useState(false);
  const done = useRef(onDone);
  done.current = onDone;

  const stale = undone ? history.nextRedo() !== undone : history.nextUndo() !== notice.step;

  // biome-ignore lint/correctness/useExhaustiveDependencies: Undo or Redo restarts the countdown
  useEffect(() => {
    if (stale) {
      done.current();
      return;
    }
    if (held) return;
    const timer = window.setTimeout(() => done.current(), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [stale, held, undone]);

  const toggle = () => {
    if (undone) {
      history.redo();
      setUndone(null);
    } else {
      history.undo();
      setUndone(history.nextRedo() ?? null);
    }
  };

  return (
    <div
      className="toast undo-toast alert alert--ok"
      role="status"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon name="check" />
      <div className="alert__body" dir="auto">
        {undone ? t('console.undone', { message: notice.message }) : notice.message}
      </div>
      <button type="button" className="button button--small undo-toast__action" onClick={toggle}>
        <ConsoleIcon name={undone ? 'redo' : 'undo'} />
        {undone ? t('console.redo') : t('console.undo')}
      </button>
      <button
        type="button"
        className="icon-button undo-toast__close"
        aria-label={t('common.close')}
        onClick={onDone}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
