import { describe, expect, it } from 'vitest';
import { RateLimiter, TokenBucket } from './rateLimit.js';

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    set: (ms: number) => {
      t = ms;
    },
  };
}

function takeMany(take: () => boolean, n: number): boolean[] {
  return Array.from({ length: n }, () => take());
}

describe('TokenBucket', () => {
  it('allows a burst at once and then refuses', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(5, 1, clock.now);
    expect(takeMany(() => bucket.take(), 7)).toEqual([true, true, true, true, true, false, false]);
  });

  it('refills one token per 1/perSecond seconds', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(3, 2, clock.now);
    takeMany(() => bucket.take(), 3);
    expect(bucket.take()).toBe(false);
    clock.advance(499);
    expect(bucket.take()).toBe(false);
    clock.advance(1);
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
    clock.advance(1_000);
    expect(takeMany(() => bucket.take(), 3)).toEqual([true, true, false]);
  });

  it('adds up partial refills across refused attempts', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(1, 1, clock.now);
    expect(bucket.take()).toBe(true);
    for (let i = 0; i < 3; i++) {
      clock.advance(250);
      expect(bucket.take()).toBe(false);
    }
    clock.advance(250);
    expect(bucket.take()).toBe(true);
  });

  it('never holds more than the burst, however long it idles', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(4, 1, clock.now);
    clock.advance(3_600_000);
    expect(takeMany(() => bucket.take(), 6)).toEqual([true, true, true, true, false, false]);
  });

  it('does not refill while time stands still', () => {
    const clock = fakeClock();
    const bucket = new TokenBucket(2, 1_000, clock.now);
    expect(takeMany(() => bucket.take(), 4)).toEqual([true, true, false, false]);
  });

  // Regression: a wall clock stepped back (NTP) makes the elapsed time negative and drains the bucket far below
  // zero: with 1 token a second, a one-hour step back locks the key out for an hour.
  it('does not lock a key out when the clock steps backwards', () => {
    const clock = fakeClock(10_000_000);
    const bucket = new TokenBucket(5, 1, clock.now);
    expect(bucket.take()).toBe(true);
    clock.advance(-3_600_000);
    expect(bucket.take()).toBe(true);
  });
});

describe('RateLimiter', () => {
  it('gives each key its own bucket', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2, 1, clock.now);
    expect(takeMany(() => limiter.take('10.0.0.1'), 3)).toEqual([true, true, false]);
    expect(takeMany(() => limiter.take('10.0.0.2'), 3)).toEqual([true, true, false]);
    expect(limiter.take('10.0.0.1')).toBe(false);
  });

  it('refills each key over time', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(2, 1, clock.now);
    takeMany(() => limiter.take('a'), 2);
    clock.advance(500);
    takeMany(() => limiter.take('b'), 2);
    clock.advance(500);
    expect(limiter.take('a')).toBe(true);
    expect(limiter.take('a')).toBe(false);
    expect(limiter.take('b')).toBe(false);
    clock.advance(500);
    expect(limiter.take('b')).toBe(true);
  });

  it('keeps refusing a busy key while thousands of other keys come and go', () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(3, 1, clock.now);
    takeMany(() => limiter.take('busy'), 3);
    for (let i = 0; i < 10_010; i++) limiter.take(`passer-${i}`);
    expect(limiter.take('busy')).toBe(false);
    clock.advance(1_000);
    expect(limiter.take('busy')).toBe(true);
    expect(limiter.take('busy')).toBe(false);
  });
});
