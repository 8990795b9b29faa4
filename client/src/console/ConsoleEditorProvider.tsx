import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { type ConsoleEditor, ConsoleEditorContext } from '../consoleKit/ConsoleEditorContext';
import { useUndoHistory } from '../consoleKit/useUndoHistory';
import { type Notice, UndoToast } from './UndoToast';
import { useUndoShortcuts } from './useUndoShortcuts';

const FOCUS_WINDOW_MS = 400;

/** Gives the console's editors the doc, one undo history (with Ctrl+Z), the undo toast and a polite
 * live region. */
export function ConsoleEditorProvider({
  doc,
  children,
}: {
  readonly doc: Y.Doc;
  readonly children: ReactNode;
}) {
  const history = useUndoHistory(doc);
  useUndoShortcuts(history);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string | null>(null);
  const latestHistory = useRef(history);
  latestHistory.current = history;

  const act = useCallback(
    (change: (doc: Y.Doc) => unknown, message?: string) => {
      const h = latestHistory.current;
      h.checkpoint();
      const before = h.nextUndo();
      change(doc);
      h.checkpoint();
      const step = h.nextUndo();
      // Only a change that really happened gets a toast, or its Undo would revert something else.
      if (message && step && step !== before) setNotice((n) => ({ id: (n?.id ?? 0) + 1, message, step }));
    },
    [doc],
  );

  const announce = useCallback((message: string) => {
    // A repeated message is still read out: the live region must see its text change.
    setAnnouncement((previous) => (previous === message ? `${message}\u00a0` : message));
  }, []);

  // The view re-renders a frame or two after a change and may remount the row that had the focus;
  // for a short while, whatever element carries the key gets the focus back.
  const focusAfterRender = useCallback((key: string) => {
    const until = performance.now() + FOCUS_WINDOW_MS;
    const selector = `[data-focus-key="${CSS.escape(key)}"]`;
    pendingFocus.current = key;
    const tick = () => {
      if (pendingFocus.current !== key) return;
      const element = document.querySelector<HTMLElement>(selector);
      if (element && document.activeElement !== element) element.focus();
      if (performance.now() < until) window.requestAnimationFrame(tick);
      else pendingFocus.current = null;
    };
    window.requestAnimationFrame(tick);
  }, []);

  const editor = useMemo<ConsoleEditor>(
    () => ({ doc, history, act, announce, focusAfterRender }),
    [doc, history, act, announce, focusAfterRender],
  );

  return (
    <ConsoleEditorContext.Provider value={editor}>
      {children}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {notice && (
        <UndoToast key={notice.id} notice={notice} history={history} onDone={() => setNotice(null)} />
      )}
    </ConsoleEditorContext.Provider>
  );
}
