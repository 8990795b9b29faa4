import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJoinCode, ID_PATTERN, JOIN_CODE_LENGTH, normalizeJoinCode } from './ids.js';

const WESTERN = '0123456789';
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

describe('normalizeJoinCode', () => {
  it.each([
    ['Western digits', '482913'],
    ['Arabic-Indic digits', '٤٨٢٩١٣'],
    ['Persian digits', '۴۸۲۹۱۳'],
    ['a mix of the three scripts', '4٨۲9١۳'],
    ['a space in the middle', '482 913'],
    ['dashes', '48-29-13'],
    ['a no-break space', '482\u00a0913'],
    ['spaces around it', '  482913  '],
    ['Arabic-Indic digits with a space', '٤٨٢ ٩١٣'],
  ])('reads %s as the canonical code', (_label, input) => {
    expect(normalizeJoinCode(input)).toBe('482913');
  });

  it('keeps leading zeros', () => {
    expect(normalizeJoinCode('000042')).toBe('000042');
    expect(normalizeJoinCode('٠٠٠٠٤٢')).toBe('000042');
  });

  it.each([
    ['empty', ''],
    ['only separators', ' - - '],
    ['five digits', '48291'],
    ['seven digits', '4829134'],
    ['five digits padded with separators', '482 91-'],
    ['seven Arabic-Indic digits', '٤٨٢٩١٣٤'],
  ])('refuses a code of the wrong length: %s', (_label, input) => {
    expect(normalizeJoinCode(input)).toBeUndefined();
  });

  it.each([
    ['a Latin letter', '48291a'],
    ['all letters', 'abcdef'],
    ['an Arabic letter', '48291س'],
    ['full-width digits', '４８２９１３'],
    ['mathematical bold digits', '𝟒𝟖𝟐𝟗𝟏𝟑'],
    ['a dot', '482.913'],
    ['a plus sign', '+48291'],
    ['a tab', '482\t913'],
    ['a newline', '482913\n'],
  ])('refuses input with %s', (_label, input) => {
    expect(normalizeJoinCode(input)).toBeUndefined();
  });

  it('maps every digit of every script to the same Western digit', () => {
    for (let d = 0; d <= 9; d++) {
      const code = String(d).repeat(JOIN_CODE_LENGTH);
      expect(normalizeJoinCode(String(ARABIC_INDIC[d]).repeat(JOIN_CODE_LENGTH))).toBe(code);
      expect(normalizeJoinCode(String(PERSIAN[d]).repeat(JOIN_CODE_LENGTH))).toBe(code);
    }
  });

  it('reads any code typed in any mix of scripts and separators as that code', () => {
    const digit = fc.record({ value: fc.integer({ min: 0, max: 9 }), script: fc.constantFrom(0, 1, 2) });
    const separator = fc.constantFrom('', ' ', '-', '\u00a0');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(digit, separator), { minLength: JOIN_CODE_LENGTH, maxLength: JOIN_CODE_LENGTH }),
        (typed) => {
          const scripts = [WESTERN, ARABIC_INDIC, PERSIAN];
          const input = typed.map(([d, sep]) => `${scripts[d.script]?.[d.value]}${sep}`).join('');
          const expected = typed.map(([d]) => String(d.value)).join('');
          expect(normalizeJoinCode(input)).toBe(expected);
        },
      ),
    );
  });

  it('refuses any run of digits that is not six long', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom(...WESTERN, ...ARABIC_INDIC, ...PERSIAN), { maxLength: 12 })
          .filter((chars) => chars.length !== JOIN_CODE_LENGTH),
        (chars) => {
          expect(normalizeJoinCode(chars.join(''))).toBeUndefined();
        },
      ),
    );
  });
});

describe('formatJoinCode', () => {
  it('splits a code into two groups of three', () => {
    expect(formatJoinCode('482913')).toBe('482 913');
    expect(formatJoinCode('000042')).toBe('000 042');
  });

  it('gives back a code that normalizes to the original', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), (code) => {
        expect(normalizeJoinCode(formatJoinCode(code))).toBe(code);
      }),
    );
  });
});

describe('ID_PATTERN', () => {
  it('accepts url-safe ids of 6 to 64 characters', () => {
    expect(ID_PATTERN.test('abcDEF')).toBe(true);
    expect(ID_PATTERN.test('a_b-c9'.repeat(10).slice(0, 64))).toBe(true);
  });

  it.each(['abcde', 'a'.repeat(65), 'abc.def', 'abc/def', 'abc def', 'abcdef\n', 'عربيعربي'])(
    'refuses %j',
    (id) => {
      expect(ID_PATTERN.test(id)).toBe(false);
    },
  );
});
