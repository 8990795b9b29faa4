import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The layout size of an element in the board's own pixels (offset sizes ignore the canvas scaling),
 * so a chart can draw at 1:1 and keep its text at the sizes the room can read. Zero until measured.
 */
export function useResultsBox(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () =>
      setSize((s) =>
        s.width === el.offsetWidth && s.height === el.offsetHeight
          ? s
          : { width: el.offsetWidth, height: el.offsetHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
