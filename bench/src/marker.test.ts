import { describe, expect, it } from 'vitest';
import { marker, median, percentileOfSorted, Samples, scanMarkers, spread } from './marker.js';

const found = (frame: Buffer) => {
  const out: number[][] = [];
  scanMarkers(frame, (w, s, t) => out.push([w, s, t]));
  return out;
};

describe('scanMarkers', () => {
  it('finds every marker in a binary frame, in order, without decoding it', () => {
    const frame = Buffer.concat([
      Buffer.from([0, 2, 0xff, 0x7e]),
      Buffer.from(marker(3, 17, 1_764_000_000_123_456)),
      Buffer.from([0x01, 0x7e, 0x62]),
      Buffer.from(`ignored ${marker(0, 0, 5)}${marker(12, 4, 99)}`),
    ]);
    expect(found(frame)).toEqual([
      [3, 17, 1_764_000_000_123_456],
      [0, 0, 5],
      [12, 4, 99],
    ]);
  });

  it('skips markers cut short or with something else than digits', () => {
    expect(found(Buffer.from('~bm:1:2:~ ~bm:1:x:3~ ~bm:1:2~ ~bm:1:2:3'))).toEqual([]);
    expect(found(Buffer.from('~bm:~bm:1:2:3~'))).toEqual([[1, 2, 3]]);
  });

  it('reads markers in Arabic text around them', () => {
    expect(found(Buffer.from(`ملاحظة ${marker(1, 2, 3)} أخرى`))).toEqual([[1, 2, 3]]);
  });
});

describe('percentiles', () => {
  it('takes the nearest rank', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileOfSorted(sorted, 50)).toBe(50);
    expect(percentileOfSorted(sorted, 99)).toBe(99);
    expect(percentileOfSorted(sorted, 100)).toBe(100);
    expect(percentileOfSorted(new Float64Array(), 50)).toBeNaN();
  });

  it('spreads samples and takes the median of runs', () => {
    const s = new Samples();
    for (let i = 2000; i >= 1; i--) s.push(i);
    expect(spread(s.toArray())).toEqual({ p50: 1000, p95: 1900, p99: 1980, max: 2000, count: 2000 });
    expect(median([3, Number.NaN, 1, 2])).toBe(2);
    expect(median([4, 1])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
