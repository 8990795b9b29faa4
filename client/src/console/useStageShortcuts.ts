import { useEffect, useRef } from 'react';

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

/** N and P move the room, unless the facilitator is typing or holding a modifier. */
export function useStageShortcuts(actions: { next: () => void; previous: () => void }): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target instanceof Element && target.closest(TYPING)) return;
      const key = event.key.toLowerCase();
      if (key === 'n') latest.current.next();
      else if (key === 'p') latest.current.previous();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
