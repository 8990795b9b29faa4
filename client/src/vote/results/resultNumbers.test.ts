import { describe, expect, it } from 'vitest';
import { formatMean, formatTotal, rankMark } from './resultNumbers';

describe('formatting', () => {
  it('writes means, totals and shared ranks as the room reads them', () => {
    expect(formatMean(3)).toBe('3.0');
    expect(formatMean(4.26)).toBe('4.3');
    expect(formatMean(3.6667)).toBe('3.7');
    expect(formatMean(4)).toBe('4.0');
    expect(formatTotal(3.195)).toBe('3.20');
    expect(rankMark(2, true)).toBe('=2');
    expect(rankMark(1, false)).toBe('1');
    expect(rankMark(1, true)).toBe('=1');
    expect(rankMark(3, false)).toBe('3');
  });
});
