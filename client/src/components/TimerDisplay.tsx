import { type TimerState, timerRemaining } from '@majlis/shared';
import { useEffect, useState } from 'react';

interface Props {
  readonly timer: TimerState;
  /** Server time minus device time (from useServerClock). */
  readonly clockOffsetMs: number;
  readonly className?: string;
  /** Accessible name, e.g. "Time left". */
  readonly label: string;
}

/** "mm:ss" from a number of ms, rounding up so 0:00 shows only when time is truly up. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * A stage timer counting on the server's clock. Ticks only while running; a role="timer" element
 * is not announced on every tick, which would flood screen readers.
 */
export function TimerDisplay({ timer, clockOffsetMs, className, label }: Props) {
  const [now, setNow] = useState(() => Date.now() + clockOffsetMs);
  useEffect(() => {
    setNow(Date.now() + clockOffsetMs);
    if (timer.status !== 'running') return;
    const tick = window.setInterval(() => setNow(Date.now() + clockOffsetMs), 250);
    return () => window.clearInterval(tick);
  }, [timer, clockOffsetMs]);
  const remaining = timerRemaining(timer, now);
  return (
    <span
      role="timer"
      aria-label={label}
      className={className}
      data-status={timer.status}
      data-expired={remaining === 0 ? 'true' : undefined}
      dir="ltr"
    >
      {formatRemaining(remaining)}
    </span>
  );
}
