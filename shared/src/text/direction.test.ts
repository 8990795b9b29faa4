import { describe, expect, it } from 'vitest';
import { directionRuns, hasRtlText, textDirection } from './direction.js';

describe('textDirection', () => {
  it('follows the first strong character', () => {
    expect(textDirection('مرحبا')).toBe('rtl');
    expect(textDirection('Hello')).toBe('ltr');
    expect(textDirection('SDG 11 مدن مستدامة')).toBe('ltr');
    expect(textDirection('مدن SDG 11')).toBe('rtl');
    expect(textDirection('שלום')).toBe('rtl');
  });

  it('skips digits, punctuation, marks and spaces', () => {
    expect(textDirection('  2027-01-31: «خطة»')).toBe('rtl');
    expect(textDirection('١٢٣ - Plan')).toBe('ltr');
    expect(textDirection('\u064Bمرحبا')).toBe('rtl');
    expect(textDirection('(*) «Élan»')).toBe('ltr');
  });

  it('takes the fallback when there is no letter', () => {
    expect(textDirection('2027-01-31')).toBe('ltr');
    expect(textDirection('2027-01-31', 'rtl')).toBe('rtl');
    expect(textDirection('', 'rtl')).toBe('rtl');
    expect(textDirection('١٢٣', 'ltr')).toBe('ltr');
  });

  it('tells whether any right-to-left letter is present', () => {
    expect(hasRtlText('Amman عمّان')).toBe(true);
    expect(hasRtlText('Amman ١٢٣')).toBe(false);
    expect(hasRtlText('')).toBe(false);
  });
});

describe('directionRuns', () => {
  it('splits mixed text, neutrals between two directions taking the base', () => {
    expect(directionRuns('Open data (منصة بيانات) for all', 'ltr')).toEqual([
      { text: 'Open data (', dir: 'ltr' },
      { text: 'منصة بيانات', dir: 'rtl' },
      { text: ') for all', dir: 'ltr' },
    ]);
    expect(directionRuns('منصة (Open Data) للمدينة', 'rtl')).toEqual([
      { text: 'منصة (', dir: 'rtl' },
      { text: 'Open Data', dir: 'ltr' },
      { text: ') للمدينة', dir: 'rtl' },
    ]);
  });

  it('keeps one run for text of one direction, and the base for text without letters', () => {
    expect(directionRuns('أمانة عمّان 2027، عمّان', 'ltr')).toEqual([
      { text: 'أمانة عمّان 2027، عمّان', dir: 'rtl' },
    ]);
    expect(directionRuns('2027-01-31', 'rtl')).toEqual([{ text: '2027-01-31', dir: 'rtl' }]);
    expect(directionRuns('', 'rtl')).toEqual([]);
  });
});
