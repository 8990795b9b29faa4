import { describe, expect, it } from 'vitest';
import { formatTime } from './voteFormat';

describe('vote number formats', () => {
  it('writes times with Western digits in Arabic too', () => {
    const at = new Date(2026, 4, 20, 14, 5, 9).getTime();
    expect(formatTime(at, 'en')).toBe('14:05:09');
    expect(formatTime(at, 'ar')).toMatch(/^0?2:05:09/);
    expect(formatTime(at, 'ar')).not.toMatch(/[٠-٩]/);
  });
});
