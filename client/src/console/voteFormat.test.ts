import { describe, expect, it } from 'vitest';
import { formatMean, formatPercent, formatTime } from './voteFormat';

describe('vote number formats', () => {
  it('keeps one decimal and Western digits', () => {
    expect(formatMean(3.6667)).toBe('3.7');
    expect(formatMean(4)).toBe('4.0');
    expect(formatPercent(0.667)).toBe('67%');
  });

  it('writes times with Western digits in Arabic too', () => {
    const at = new Date(2026, 4, 20, 14, 5, 9).getTime();
    expect(formatTime(at, 'en')).toBe('14:05:09');
    expect(formatTime(at, 'ar')).toMatch(/^0?2:05:09/);
    expect(formatTime(at, 'ar')).not.toMatch(/[٠-٩]/);
  });
});
