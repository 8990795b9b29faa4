import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The layout size of a box (board px: offset sizes ignore the canvas's scaling), kept current as it
 * changes: a projector of another shape gives the board another width, and everything fitted to
 * the box must be fitted again. "0x0" until measured.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): string {
  const [size, setSize] = useState('0x0');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setSize(`${el.offsetWidth}x${el.offsetHeight}`);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
