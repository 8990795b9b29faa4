import { describe, expect, it } from 'vitest';
import { hasControlCharacters } from './controlCharacters.js';

describe('hasControlCharacters', () => {
  it.each(['', 'hello', 'مرحبا بالعالم', 'emoji 🌍 ok', 'tilde ~ is the last printable'])(
    'passes plain text %j',
    (s) => {
      expect(hasControlCharacters(s, false)).toBe(false);
      expect(hasControlCharacters(s, true)).toBe(false);
    },
  );

  it.each([
    ['NUL', '\u0000'],
    ['bell', 'a\u0007b'],
    ['vertical tab', 'a\u000bb'],
    ['form feed', 'a\u000cb'],
    ['escape', '\u001b[31m'],
    ['unit separator', '\u001f'],
    ['DEL', 'a\u007f'],
  ])('finds %s in single-line and multi-line text', (_label, s) => {
    expect(hasControlCharacters(s, false)).toBe(true);
    expect(hasControlCharacters(s, true)).toBe(true);
  });

  it.each([
    ['tab', 'a\tb'],
    ['newline', 'a\nb'],
    ['carriage return', 'a\r\nb'],
  ])('allows a %s only in multi-line text', (_label, s) => {
    expect(hasControlCharacters(s, false)).toBe(true);
    expect(hasControlCharacters(s, true)).toBe(false);
  });

  // Regression: C1 controls (U+0080–U+009F) are control characters too (Unicode category Cc), e.g. NEL.
  it('finds C1 control characters such as NEL (U+0085) and CSI (U+009B)', () => {
    expect(hasControlCharacters('a\u0085b', true)).toBe(true);
    expect(hasControlCharacters('a\u009b31m', false)).toBe(true);
  });
});
