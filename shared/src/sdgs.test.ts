import { describe, expect, it } from 'vitest';
import { SDGS, sdgByNumber } from './sdgs.js';

describe('SDGS', () => {
  it('lists the 17 goals numbered 1 to 17 in order', () => {
    expect(SDGS.map((goal) => goal.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });

  it.each(SDGS.map((goal) => [goal.n, goal] as const))(
    'goal %i has a #RRGGBB colour and both titles',
    (_n, goal) => {
      expect(goal.color).toMatch(/^#[0-9A-F]{6}$/i);
      expect(goal.en.trim()).not.toBe('');
      expect(goal.ar.trim()).not.toBe('');
      expect(goal.en).toBe(goal.en.trim());
      expect(goal.ar).toBe(goal.ar.trim());
      expect(goal.ar).toMatch(/[\u0600-\u06FF]/);
    },
  );

  it('gives each goal its own colour and its own titles', () => {
    expect(new Set(SDGS.map((goal) => goal.color.toUpperCase())).size).toBe(17);
    expect(new Set(SDGS.map((goal) => goal.en)).size).toBe(17);
    expect(new Set(SDGS.map((goal) => goal.ar)).size).toBe(17);
  });
});

describe('sdgByNumber', () => {
  it('finds each goal by its number', () => {
    for (let n = 1; n <= 17; n++) expect(sdgByNumber(n)?.n).toBe(n);
    expect(sdgByNumber(13)?.en).toBe('Climate Action');
  });

  it.each([0, 18, -1, 1.5, Number.NaN])('finds nothing for %d', (n) => {
    expect(sdgByNumber(n)).toBeUndefined();
  });
});
