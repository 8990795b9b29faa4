import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once per `intervalMs`: the first change at once, the changes that come
 * within the interval after it as one, the latest, at its end. For what can lag a little behind and
 * is costly to draw (the console's miniature of the board redoes the board's whole fit).
 */
export function useThrottledValue<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = lastShown.current + intervalMs - performance.now();
    const show = () => {
      lastShown.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      show();
      return;
    }
    const timer = window.setTimeout(show, wait);
    return () => window.clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
