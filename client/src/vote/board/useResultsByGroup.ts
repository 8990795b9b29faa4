import { useEffect } from 'react';

/**
 * Key G on the board shows each stakeholder group's result beside everyone's, and back. The choice
 * lives in the board's address (like the language), so a reopened board shows the same view.
 */
export function useResultsByGroup(on: boolean, onChange: (on: boolean) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || event.repeat) return;
      // By position too, so it works with an Arabic keyboard layout (where G types a letter of its own).
      if (event.code === 'KeyG' || event.key.toLowerCase() === 'g') onChange(!on);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, onChange]);
}
