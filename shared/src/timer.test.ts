import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTimerAction,
  DEFAULT_TIMER_MS,
  IDLE_TIMER,
  MAX_TIMER_MS,
  parseTimer,
  TIMER_ACTIONS,
  type TimerAction,
  type TimerState,
  timerRemaining,
} from './timer.js';

const NOW = 1_750_000_000_000;
const MINUTE = 60_000;

const running = (endsAt: number, durationMs = DEFAULT_TIMER_MS): TimerState => ({
  status: 'running',
  durationMs,
  endsAt,
  remainingMs: endsAt - NOW,
});
const paused = (remainingMs: number, durationMs = DEFAULT_TIMER_MS): TimerState => ({
  status: 'paused',
  durationMs,
  endsAt: null,
  remainingMs,
});
const idle = (durationMs: number, remainingMs = durationMs): TimerState => ({
  status: 'idle',
  durationMs,
  endsAt: null,
  remainingMs,
});

describe('applyTimerAction: start', () => {
  it('runs an idle timer for its whole length from now', () => {
    expect(applyTimerAction(IDLE_TIMER, 'start', NOW)).toEqual({
      status: 'running',
      durationMs: DEFAULT_TIMER_MS,
      endsAt: NOW + DEFAULT_TIMER_MS,
      remainingMs: DEFAULT_TIMER_MS,
    });
  });

  it('resumes a paused timer with the time it had left, not its whole length', () => {
    expect(applyTimerAction(paused(42_000), 'start', NOW)).toEqual({
      status: 'running',
      durationMs: DEFAULT_TIMER_MS,
      endsAt: NOW + 42_000,
      remainingMs: 42_000,
    });
  });

  it('starts over a timer paused at zero', () => {
    expect(applyTimerAction(paused(0, 3 * MINUTE), 'start', NOW).endsAt).toBe(NOW + 3 * MINUTE);
  });

  it('does nothing to a running timer, so a double click does not restart it', () => {
    const timer = running(NOW + 10_000);
    expect(applyTimerAction(timer, 'start', NOW + 5_000)).toBe(timer);
  });
});

describe('applyTimerAction: pause', () => {
  it('keeps the time left at the moment of the pause', () => {
    const started = applyTimerAction(IDLE_TIMER, 'start', NOW);
    const halted = applyTimerAction(started, 'pause', NOW + 61_500);
    expect(halted).toEqual({
      status: 'paused',
      durationMs: DEFAULT_TIMER_MS,
      endsAt: null,
      remainingMs: DEFAULT_TIMER_MS - 61_500,
    });
    // Time passing while paused changes nothing.
    expect(timerRemaining(halted, NOW + 10 * MINUTE)).toBe(DEFAULT_TIMER_MS - 61_500);
    expect(applyTimerAction(halted, 'start', NOW + 10 * MINUTE).endsAt).toBe(
      NOW + 10 * MINUTE + DEFAULT_TIMER_MS - 61_500,
    );
  });

  it('pauses a timer that has run out at zero, not below', () => {
    expect(applyTimerAction(running(NOW - 5_000), 'pause', NOW).remainingMs).toBe(0);
  });

  it.each([IDLE_TIMER, paused(1_000)])('does nothing to a timer that is not running (%o)', (timer) => {
    expect(applyTimerAction(timer, 'pause', NOW)).toBe(timer);
  });
});

describe('applyTimerAction: addMinute', () => {
  it('pushes the end of a running timer back by a minute', () => {
    const next = applyTimerAction(running(NOW + 30_000), 'addMinute', NOW);
    expect(next).toEqual({
      status: 'running',
      durationMs: DEFAULT_TIMER_MS + MINUTE,
      endsAt: NOW + 90_000,
      remainingMs: 90_000,
    });
    expect(timerRemaining(next, NOW)).toBe(90_000);
  });

  it('adds a minute to the time left of a paused timer and keeps it paused', () => {
    expect(applyTimerAction(paused(20_000), 'addMinute', NOW)).toEqual(
      paused(80_000, DEFAULT_TIMER_MS + MINUTE),
    );
  });

  it('lengthens an idle timer', () => {
    expect(applyTimerAction(IDLE_TIMER, 'addMinute', NOW)).toEqual(idle(DEFAULT_TIMER_MS + MINUTE));
  });

  it('never takes a timer past the maximum', () => {
    expect(applyTimerAction(idle(MAX_TIMER_MS), 'addMinute', NOW)).toEqual(idle(MAX_TIMER_MS));
    expect(applyTimerAction(paused(MAX_TIMER_MS - 1_000, MAX_TIMER_MS), 'addMinute', NOW)).toEqual(
      paused(MAX_TIMER_MS, MAX_TIMER_MS),
    );
    const full = applyTimerAction(running(NOW + MAX_TIMER_MS - 1_000, MAX_TIMER_MS), 'addMinute', NOW);
    expect(full.endsAt).toBe(NOW + MAX_TIMER_MS);
    expect(timerRemaining(full, NOW)).toBe(MAX_TIMER_MS);
  });

  // Regression: adding a minute to a running timer that has already run out moves `endsAt` a minute past the old end,
  // which is still in the past when the timer ran out more than a minute ago: the room sees 0:00 after "+1 min",
  // and the stored `remainingMs` goes negative. Fix (timer.ts, the running branch of 'addMinute'): count from
  // the later of the old end and now, `Math.min(Math.max(timer.endsAt, now) + 60_000, now + MAX_TIMER_MS)`.
  it('gives a timer that ran out a minute more from now', () => {
    const ranOut = running(NOW + DEFAULT_TIMER_MS);
    const later = NOW + DEFAULT_TIMER_MS + 2 * MINUTE;
    const next = applyTimerAction(ranOut, 'addMinute', later);
    expect(timerRemaining(next, later)).toBe(MINUTE);
    expect(next.remainingMs).toBe(MINUTE);
  });
});

describe('applyTimerAction: reset', () => {
  it('stops a running timer and fills it to its length', () => {
    const next = applyTimerAction(running(NOW + 1_000, 7 * MINUTE), 'reset', NOW);
    expect(next).toEqual(idle(7 * MINUTE));
    expect(timerRemaining(next, NOW + 10 * MINUTE)).toBe(7 * MINUTE);
  });

  it('sets a new length when given one', () => {
    expect(applyTimerAction(paused(5_000), 'reset', NOW, 90_000)).toEqual(idle(90_000));
  });

  it.each([
    [-1, 0],
    [0, 0],
    [1_234.6, 1_235],
    [MAX_TIMER_MS, MAX_TIMER_MS],
    [MAX_TIMER_MS + 1, MAX_TIMER_MS],
    [Number.MAX_SAFE_INTEGER, MAX_TIMER_MS],
    [Number.POSITIVE_INFINITY, MAX_TIMER_MS],
  ])('clamps the length %d to %d', (asked, length) => {
    expect(applyTimerAction(IDLE_TIMER, 'reset', NOW, asked)).toEqual(idle(length));
  });

  it('starts a zero-length timer as already run out', () => {
    const zero = applyTimerAction(IDLE_TIMER, 'reset', NOW, 0);
    const started = applyTimerAction(zero, 'start', NOW);
    expect(started.status).toBe('running');
    expect(timerRemaining(started, NOW)).toBe(0);
  });
});

describe('timerRemaining', () => {
  it('counts down a running timer and stops at zero', () => {
    const timer = running(NOW + 10_000);
    expect(timerRemaining(timer, NOW)).toBe(10_000);
    expect(timerRemaining(timer, NOW + 9_999)).toBe(1);
    expect(timerRemaining(timer, NOW + 10_000)).toBe(0);
    expect(timerRemaining(timer, NOW + 10 * MINUTE)).toBe(0);
  });

  it('reads the stored time left of a timer that is not running, never below zero', () => {
    expect(timerRemaining(paused(12_345), NOW)).toBe(12_345);
    expect(timerRemaining(paused(-5), NOW)).toBe(0);
    expect(timerRemaining(idle(MINUTE), NOW + MAX_TIMER_MS)).toBe(MINUTE);
  });

  it('falls back to the stored time left of a running timer without an end', () => {
    expect(timerRemaining({ status: 'running', durationMs: MINUTE, endsAt: null, remainingMs: 7 }, NOW)).toBe(
      7,
    );
  });
});

describe('timers over time', () => {
  const step = fc.record({
    action: fc.constantFrom<TimerAction>(...TIMER_ACTIONS),
    // Mostly seconds apart, sometimes far longer than any timer.
    wait: fc.oneof(fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: 0, max: 2 * MAX_TIMER_MS })),
    // What the protocol lets through for a reset, or none.
    durationMs: fc.option(fc.integer({ min: 1_000, max: MAX_TIMER_MS }), { nil: undefined }),
  });

  it('keep the time left within [0, MAX_TIMER_MS] and count a running timer down as time passes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.integer({ min: 0, max: 600_000 }), (steps, probe) => {
        let timer: TimerState = IDLE_TIMER;
        let now = NOW;
        for (const { action, wait, durationMs } of steps) {
          now += wait;
          timer = applyTimerAction(timer, action, now, durationMs);
          const left = timerRemaining(timer, now);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(MAX_TIMER_MS);
          expect(timer.durationMs).toBeGreaterThanOrEqual(0);
          expect(timer.durationMs).toBeLessThanOrEqual(MAX_TIMER_MS);
          expect(timer.endsAt === null).toBe(timer.status !== 'running');
          const later = timerRemaining(timer, now + probe);
          if (timer.status === 'running') expect(later).toBe(Math.max(0, left - probe));
          else expect(later).toBe(left);
          // What the server writes, every replica reads back as the same countdown.
          const stored = parseTimer(JSON.parse(JSON.stringify(timer)));
          expect(timerRemaining(stored, now + probe)).toBe(later);
          if (timer.status !== 'running') expect(stored).toEqual(timer);
          else
            expect([stored.status, stored.durationMs, stored.endsAt]).toEqual([
              'running',
              timer.durationMs,
              timer.endsAt,
            ]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('start then pause any time later leaves what the countdown showed at that time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: MAX_TIMER_MS }),
        fc.integer({ min: 0, max: 2 * MAX_TIMER_MS }),
        (length, wait) => {
          const started = applyTimerAction(applyTimerAction(IDLE_TIMER, 'reset', NOW, length), 'start', NOW);
          const shown = timerRemaining(started, NOW + wait);
          expect(shown).toBe(Math.max(0, length - wait));
          expect(applyTimerAction(started, 'pause', NOW + wait).remainingMs).toBe(shown);
        },
      ),
    );
  });
});

describe('parseTimer', () => {
  it('reads back every timer the actions make', () => {
    for (const timer of [IDLE_TIMER, running(NOW + 5_000), paused(1), idle(0), idle(MAX_TIMER_MS)]) {
      expect(parseTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
    }
  });

  it.each([undefined, null, 0, 'running', true, Symbol.iterator])('reads %s as the idle timer', (value) => {
    expect(parseTimer(value)).toEqual(IDLE_TIMER);
  });

  it.each([
    ['an unknown status', { status: 'stopped', durationMs: MINUTE, remainingMs: 10 }, idle(MINUTE, 10)],
    ['a running timer without an end', { status: 'running', durationMs: MINUTE, endsAt: null }, idle(MINUTE)],
    [
      'an end that is not finite',
      { status: 'running', durationMs: MINUTE, endsAt: Number.NaN },
      idle(MINUTE),
    ],
    ['an end given as text', { status: 'running', durationMs: MINUTE, endsAt: `${NOW}` }, idle(MINUTE)],
    ['a negative length', { status: 'idle', durationMs: -5, remainingMs: -5 }, idle(0)],
    ['a length past the maximum', { status: 'idle', durationMs: 1e15 }, idle(MAX_TIMER_MS)],
    ['a length that is not a number', { durationMs: '300000', remainingMs: 10 }, idle(DEFAULT_TIMER_MS, 10)],
    [
      'a fractional time',
      { status: 'paused', durationMs: 1_000.4, remainingMs: 999.5 },
      paused(1_000, 1_000),
    ],
    [
      'an end on a paused timer',
      { status: 'paused', durationMs: MINUTE, endsAt: NOW, remainingMs: 5 },
      paused(5, MINUTE),
    ],
    ['an array', [1, 2, 3], IDLE_TIMER],
  ])('repairs %s', (_label, value, expected) => {
    expect(parseTimer(value)).toEqual(expected);
  });

  it('always returns a timer whose time left lies within [0, MAX_TIMER_MS]', () => {
    const field = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.integer({ min: -2 * MAX_TIMER_MS, max: 2 * MAX_TIMER_MS }),
      fc.constantFrom('idle', 'running', 'paused'),
    );
    const raw = fc.oneof(
      fc.anything(),
      fc.record(
        { status: field, durationMs: field, endsAt: field, remainingMs: field },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(raw, fc.integer({ min: -MAX_TIMER_MS, max: MAX_TIMER_MS }), (value, offset) => {
        const timer = parseTimer(value);
        expect(['idle', 'running', 'paused']).toContain(timer.status);
        expect(Number.isInteger(timer.durationMs)).toBe(true);
        expect(timer.durationMs).toBeGreaterThanOrEqual(0);
        expect(timer.durationMs).toBeLessThanOrEqual(MAX_TIMER_MS);
        expect(timer.remainingMs).toBeGreaterThanOrEqual(0);
        expect(timer.remainingMs).toBeLessThanOrEqual(MAX_TIMER_MS);
        if (timer.status === 'running') expect(Number.isFinite(timer.endsAt)).toBe(true);
        else expect(timer.endsAt).toBeNull();
        const left = timerRemaining(timer, NOW + offset);
        expect(left).toBeGreaterThanOrEqual(0);
        // Each action on a repaired timer gives a timer within bounds too.
        for (const action of TIMER_ACTIONS) {
          const next = applyTimerAction(timer, action, NOW);
          expect(next.durationMs).toBeLessThanOrEqual(MAX_TIMER_MS);
          expect(timerRemaining(next, NOW)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
