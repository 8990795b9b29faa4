import { useEffect, useRef } from 'react';

// Letters typed into text are text; on a checkbox or a button they are free for shortcuts.
const TYPING =
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select, [contenteditable]:not([contenteditable="false"])';

/**
 * The flow keys: N and P move the room, T starts or pauses the timer, R asks to reveal a vote.
 * Ignored while the facilitator is typing, holding a modifier, or working in a dialog.
 */
export function useStageShortcuts(actions: {
  next: () => void;
  previous: () => void;
  timer: () => void;
  reveal: () => void;
}): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target instanceof Element && target.closest(`${TYPING}, dialog[open]`)) return;
      const key = event.key.toLowerCase();
      if (key === 'n') latest.current.next();
      else if (key === 'p') latest.current.previous();
      else if (key === 't') latest.current.timer();
      else if (key === 'r') latest.current.reveal();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
