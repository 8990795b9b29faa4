import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuestExpiry } from './GuestExpiry.js';

describe('GuestExpiry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('expires a workshop once at its time, however often it is told', () => {
    vi.useFakeTimers({ now: 0 });
    const expired: string[] = [];
    const expiry = new GuestExpiry(Date.now, (id) => expired.push(id));
    expiry.watch('ws_a', 1_000);
    expiry.watch('ws_a', 1_000);
    expiry.watch('ws_b', 500);
    vi.advanceTimersByTime(999);
    expect(expired).toEqual(['ws_b']);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['ws_b', 'ws_a']);
    vi.advanceTimersByTime(10_000);
    expect(expired).toEqual(['ws_b', 'ws_a']);
  });

  it('expires at once when the time has passed', () => {
    vi.useFakeTimers({ now: 5_000 });
    const expired: string[] = [];
    new GuestExpiry(Date.now, (id) => expired.push(id)).watch('ws_a', 1_000);
    vi.advanceTimersByTime(0);
    expect(expired).toEqual(['ws_a']);
  });

  it('waits longer than a timer can, in steps, rather than firing at once', () => {
    vi.useFakeTimers({ now: 0 });
    const expired: string[] = [];
    const expiry = new GuestExpiry(Date.now, (id) => expired.push(id));
    const year = 365 * 24 * 3_600_000;
    expiry.watch('ws_a', year);
    vi.advanceTimersByTime(year - 1);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['ws_a']);
  });

  it('stops every timer on close', () => {
    vi.useFakeTimers({ now: 0 });
    const expired: string[] = [];
    const expiry = new GuestExpiry(Date.now, (id) => expired.push(id));
    expiry.watch('ws_a', 1_000);
    expiry.close();
    vi.advanceTimersByTime(2_000);
    expect(expired).toEqual([]);
  });
});
