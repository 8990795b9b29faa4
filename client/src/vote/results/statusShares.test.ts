import { describe, expect, it } from 'vitest';
import { percentages, statusShares } from './statusShares';

describe('status', () => {
  it('keeps the four bands in scale order with their shares', () => {
    const shares = statusShares({ on_track: 2, partly: 1, off_track: 0, unknown: 1 });
    expect(shares.map((s) => [s.rating, s.share])).toEqual([
      ['on_track', 0.5],
      ['partly', 0.25],
      ['off_track', 0],
      ['unknown', 0.25],
    ]);
  });

  it('splits status ratings in their fixed order, with counts', () => {
    expect(statusShares({ on_track: 3, partly: 1, off_track: 0, unknown: 0 })).toEqual([
      { rating: 'on_track', count: 3, share: 0.75 },
      { rating: 'partly', count: 1, share: 0.25 },
      { rating: 'off_track', count: 0, share: 0 },
      { rating: 'unknown', count: 0, share: 0 },
    ]);
    expect(statusShares({ on_track: 0, partly: 0, off_track: 0, unknown: 0 })[0]?.share).toBe(0);
  });

  it('rounds percentages so they add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});
