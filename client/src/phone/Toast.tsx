import { useEffect, useRef } from 'react';
import { Icon } from '../components/Icon';

/** A short confirmation above the action bar, read out by screen readers, gone by itself. */
export function Toast({ message, onDone }: { readonly message: string; readonly onDone: () => void }) {
  // The parent re-renders often; the timer belongs to this toast (remounted per message by its key).
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const timer = window.setTimeout(() => done.current(), 4000);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="toast alert alert--ok" role="status">
      <Icon name="check" />
      <div className="alert__body">{message}</div>
    </div>
  );
}
