import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../lib/contrast';
import { EDITOR_COLORS, editorColor } from './editorColor';

describe('editorColor', () => {
  it('gives the same seed the same colour, in the caret extension’s hex format', () => {
    expect(editorColor(12345)).toBe(editorColor('12345'));
    for (const seed of [1, 2, 3, 'scribe', 987654321]) expect(editorColor(seed)).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('spreads seeds over the palette', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => editorColor(i)));
    expect(used.size).toBe(EDITOR_COLORS.length);
  });

  it('keeps white name labels readable on every colour', () => {
    for (const color of EDITOR_COLORS) expect(contrastRatio(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
