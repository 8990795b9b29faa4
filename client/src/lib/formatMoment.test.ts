import { describe, expect, it } from 'vitest';
import { formatMoment } from './formatMoment';

describe('formatMoment', () => {
  it('shows the day and the time, with Western digits in both languages', () => {
    const at = new Date(2026, 4, 12, 18, 5).getTime();
    const en = formatMoment(at, 'en');
    expect(en).toMatch(/12 May/);
    expect(en).toMatch(/18:05/);
    const ar = formatMoment(at, 'ar');
    expect(ar).toMatch(/12/);
    expect(ar).toMatch(/05/);
    expect(ar).not.toMatch(/[٠-٩]/);
  });
});
