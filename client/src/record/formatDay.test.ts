import { describe, expect, it } from 'vitest';
import { formatDay } from './formatDay';

describe('formatDay', () => {
  it('writes the day in each language, with Western digits', () => {
    expect(formatDay('2026-09-30', 'en')).toBe('30 September 2026');
    const ar = formatDay('2026-09-30', 'ar');
    expect(ar).toContain('30');
    expect(ar).toContain('2026');
    expect(ar).toContain('أيلول');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDay('soon', 'en')).toBe('soon');
  });
});
