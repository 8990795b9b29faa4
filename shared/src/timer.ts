/** A stage timer. The server's clock is the only one that writes `endsAt`; clients correct for skew. */
export interface TimerState {
  readonly status: 'idle' | 'running' | 'paused';
  /** The length the timer was set to, plus minutes added. */
  readonly durationMs: number;
  /** Server time at which a running timer reaches zero; null unless running. */
  readonly endsAt: number | null;
  /** Time left while idle or paused. */
  readonly remainingMs: number;
}

export const TIMER_ACTIONS = ['start', 'pause', 'reset', 'addMinute'] as const;
export type TimerAction = (typeof TIMER_ACTIONS)[number];

export const DEFAULT_TIMER_MS = 5 * 60_000;
export const MAX_TIMER_MS = 4 * 60 * 60_000;

export const IDLE_TIMER: TimerState = {
  status: 'idle',
  durationMs: DEFAULT_TIMER_MS,
  endsAt: null,
  remainingMs: DEFAULT_TIMER_MS,
};

/** Milliseconds left on a timer at server time `now`, never negative. */
export function timerRemaining(timer: TimerState, now: number): number {
  if (timer.status === 'running' && timer.endsAt !== null) return Math.max(0, timer.endsAt - now);
  return Math.max(0, timer.remainingMs);
}

const clampMs = (ms: number): number => Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));

/** The timer after a facilitator's action at server time `now`. `durationMs` applies to reset. */
export function applyTimerAction(
  timer: TimerState,
  action: TimerAction,
  now: number,
  durationMs?: number,
): TimerState {
  switch (action) {
    case 'start': {
      if (timer.status === 'running') return timer;
      const left = timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs;
      return { status: 'running', durationMs: timer.durationMs, endsAt: now + left, remainingMs: left };
    }
    case 'pause': {
      if (timer.status !== 'running') return timer;
      return {
        status: 'paused',
        durationMs: timer.durationMs,
        endsAt: null,
        remainingMs: timerRemaining(timer, now),
      };
    }
    case 'reset': {
      const length = clampMs(durationMs ?? timer.durationMs);
      return { status: 'idle', durationMs: length, endsAt: null, remainingMs: length };
    }
    case 'addMinute': {
      const durationPlus = clampMs(timer.durationMs + 60_000);
      if (timer.status === 'running' && timer.endsAt !== null) {
        // A timer that already ran out gets a minute from now, not from when it ended.
        const endsAt = Math.min(Math.max(timer.endsAt, now) + 60_000, now + MAX_TIMER_MS);
        return { ...timer, durationMs: durationPlus, endsAt, remainingMs: endsAt - now };
      }
      return { ...timer, durationMs: durationPlus, remainingMs: clampMs(timer.remainingMs + 60_000) };
    }
    default: {
      const unreachable: never = action;
      throw new Error(`unknown timer action ${String(unreachable)}`);
    }
  }
}

/** Reads a timer from untrusted data, falling back to an idle timer. */
export function parseTimer(value: unknown): TimerState {
  if (typeof value !== 'object' || value === null) return IDLE_TIMER;
  const v = value as Record<string, unknown>;
  const status = v.status === 'running' || v.status === 'paused' ? v.status : 'idle';
  const num = (x: unknown, fallback: number) => (typeof x === 'number' && Number.isFinite(x) ? x : fallback);
  const durationMs = clampMs(num(v.durationMs, DEFAULT_TIMER_MS));
  const endsAt = status === 'running' ? num(v.endsAt, Number.NaN) : Number.NaN;
  if (status === 'running' && Number.isNaN(endsAt))
    return { ...IDLE_TIMER, durationMs, remainingMs: durationMs };
  return {
    status,
    durationMs,
    endsAt: status === 'running' ? endsAt : null,
    remainingMs: clampMs(num(v.remainingMs, durationMs)),
  };
}
