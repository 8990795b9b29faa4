import { useEffect, useRef } from 'react';
import { Icon } from '../components/Icon';

export interface ToastMessage {
  readonly message: string;
  readonly tone?: 'ok' | 'error';
  /** One follow-up, e.g. undo. The toast stays longer when it offers one. */
  readonly action?: { readonly label: string; readonly run: () => void };
}

/** A short confirmation above the action bar, read out by screen readers, gone by itself. */
export function Toast({ toast, onDone }: { readonly toast: ToastMessage; readonly onDone: () => void }) {
  // The parent re-renders often; the timer belongs to this toast (remounted per message by its key).
  const done = useRef(onDone);
  done.current = onDone;
  const lasting = Boolean(toast.action) || toast.tone === 'error';
  useEffect(() => {
    const timer = window.setTimeout(() => done.current(), lasting ? 8000 : 4000);
    return () => window.clearTimeout(timer);
  }, [lasting]);
  const error = toast.tone === 'error';
  return (
    <div className={`toast alert ${error ? 'alert--error' : 'alert--ok'}`} role={error ? 'alert' : 'status'}>
      <Icon name={error ? 'alert' : 'check'} />
      <div className="alert__body">{toast.message}</div>
      {toast.action && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            toast.action?.run();
            done.current();
          }}
        >
          {toast.action.label}
        </button>
      )}
    </div>
  );
}
