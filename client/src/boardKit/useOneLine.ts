import { type RefObject, useLayoutEffect } from 'react';

/**
 * Keeps a few short labels (`selector` inside the box) on one line each: when the widest does not
 * fit its box, the box's `--one-line-font` is set to the size at which it does (never under `floor`
 * px), and cleared again when the room grows. Measured before paint, and again when the box
 * resizes; a handful of labels, so a measurement costs nothing.
 */
export function useOneLine(boxRef: RefObject<HTMLElement | null>, selector: string, floor: number): void {
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const fit = () => {
      box.style.removeProperty('--one-line-font');
      const labels = Array.from(box.querySelectorAll<HTMLElement>(selector));
      const first = labels[0];
      if (!first) return;
      const base = Number.parseFloat(getComputedStyle(first).fontSize) || 32;
      let ratio = 1;
      for (const label of labels) {
        if (label.scrollWidth > label.clientWidth)
          ratio = Math.min(ratio, label.clientWidth / label.scrollWidth);
      }
      if (ratio < 1)
        box.style.setProperty('--one-line-font', `${Math.max(floor, Math.floor(base * ratio))}px`);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  });
}
