import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay';

describe('formatDay', () => {
  it('writes the month in words and the digits in Western numerals, in both languages', () => {
    expect(formatDay('2026-06-30', 'en')).toBe('30 June 2026');
    expect(formatDay('2026-06-30', 'ar')).toMatch(/^30 \S+ 2026$/);
    expect(formatDay('2026-06-30', 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('keeps the day whatever the time zone (the first of the month stays the first)', () => {
    expect(formatDay('2027-01-01', 'en')).toBe('1 January 2027');
  });

  it('leaves what is not a calendar day as it is', () => {
    expect(formatDay('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatDay('', 'ar')).toBe('');
  });
});
