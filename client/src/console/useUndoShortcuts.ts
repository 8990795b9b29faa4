import { useEffect, useRef } from 'react';
import type { UndoHistory } from '../consoleKit/useUndoHistory';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes through the console's shared history,
 * except in plain form fields (a stage title being typed, the import box), where the browser's own
 * undo is what the person expects.
 */
export function useUndoShortcuts(history: UndoHistory): void {
  const latest = useRef(history);
  latest.current = history;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      const undo = key === 'z' && !event.shiftKey;
      if (!undo && !redo) return;
      const target = event.target;
      if (target instanceof Element && target.closest(TYPING) && !target.closest('[data-shared-undo]'))
        return;
      if (target instanceof Element && target.closest('dialog[open]')) return;
      event.preventDefault();
      if (redo) latest.current.redo();
      else latest.current.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
