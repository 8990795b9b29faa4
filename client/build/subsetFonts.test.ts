/**
 * The subset fonts in client/src/fonts are what `pnpm fonts` makes from fontFaces.ts and the
 * installed @fontsource files, and no text the app itself writes loses a glyph to the subsetting.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  ACTION_STATUS_LABELS,
  GROUP_LABELS,
  MINUTES_TEXT,
  SDGS,
  STAGE_KIND_LABELS,
  STATUS_RATING_LABELS,
  TEMPLATES,
  templateStages,
  VOTE_METHOD_LABELS,
} from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { ar } from '../src/i18n/ar';
import { en } from '../src/i18n/en';
import { type CodeRange, codePoints, FONT_FACES, parseUnicodeRange, unicodeRange } from './fontFaces';
import { type FontManifest, fontsCss } from './fontsCss';

const fonts = new URL('../src/fonts/', import.meta.url);
const nodeModules = new URL('../node_modules/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('fonts.json', fonts), 'utf8')) as FontManifest;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const inRanges = (ranges: readonly CodeRange[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/** Every character of every string the app writes itself, in both languages. */
function appText(): Set<string> {
  const values = [
    en,
    ar,
    SDGS,
    GROUP_LABELS,
    MINUTES_TEXT,
    STAGE_KIND_LABELS,
    STATUS_RATING_LABELS,
    VOTE_METHOD_LABELS,
    ACTION_STATUS_LABELS,
    TEMPLATES.map((t) => templateStages(t)),
  ];
  const chars = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const ch of v) chars.add(ch);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(values);
  return chars;
}

describe('subset fonts', () => {
  it('are up to date with fontFaces.ts and the installed @fontsource files (else run `pnpm fonts`)', () => {
    expect(manifest.faces.map((f) => f.file)).toEqual(FONT_FACES.map((f) => f.file));
    for (const face of FONT_FACES) {
      const entry = manifest.faces.find((f) => f.file === face.file);
      expect(entry, face.file).toMatchObject({
        family: face.family,
        weight: face.weight,
        source: face.source,
        keep: unicodeRange(face.keep),
      });
      const source = readFileSync(new URL(face.source, nodeModules));
      expect(sha256(source), `${face.source} changed`).toBe(entry?.sourceSha256);
      const file = readFileSync(new URL(face.file, fonts));
      expect(sha256(file), `${face.file} edited by hand`).toBe(entry?.sha256);
      // A face claims only what it was asked to keep.
      for (const cp of codePoints(parseUnicodeRange(entry?.unicodeRange ?? ''))) {
        expect(inRanges(face.keep, cp), `${face.file} U+${cp.toString(16)}`).toBe(true);
      }
    }
    expect(readFileSync(new URL('fonts.css', fonts), 'utf8')).toBe(fontsCss(manifest));
  });

  it('never give two files of one weight the same character', () => {
    const groups = new Map<string, FontManifest['faces'][number][]>();
    for (const f of manifest.faces)
      groups.set(`${f.family} ${f.weight}`, [...(groups.get(`${f.family} ${f.weight}`) ?? []), f]);
    for (const [name, faces] of groups) {
      const seen = new Map<number, string>();
      for (const f of faces) {
        for (const cp of codePoints(parseUnicodeRange(f.unicodeRange))) {
          expect(seen.get(cp), `${name}: U+${cp.toString(16)} in ${f.file}`).toBeUndefined();
          seen.set(cp, f.file);
        }
      }
    }
  });

  it('keep, at both weights, every character of the app’s own text that @fontsource had', () => {
    const unicode = JSON.parse(
      readFileSync(new URL('@fontsource/ibm-plex-sans-arabic/unicode.json', nodeModules), 'utf8'),
    ) as Record<string, string>;
    const before = [...parseUnicodeRange(unicode.arabic ?? ''), ...parseUnicodeRange(unicode.latin ?? '')];
    const text = [...appText()].map((ch) => ch.codePointAt(0) as number);
    // Sanity: the text is both languages' (Arabic letters and accents-free English).
    expect(text).toContain(0x0627);
    expect(text).toContain(0x0041);
    for (const weight of [400, 700]) {
      const ours = manifest.faces
        .filter((f) => f.family === 'IBM Plex Sans Arabic' && f.weight === weight)
        .flatMap((f) => parseUnicodeRange(f.unicodeRange));
      // Line breaks, format and bidi controls have no glyph to draw.
      const drawn = text.filter(
        (cp) => cp >= 0x20 && !(cp >= 0x200b && cp <= 0x200f) && !(cp >= 0x2066 && cp <= 0x2069),
      );
      const lost = drawn.filter((cp) => inRanges(before, cp) && !inRanges(ours, cp));
      expect(
        lost.map((cp) => `U+${cp.toString(16)} ${String.fromCodePoint(cp)}`),
        `weight ${weight}`,
      ).toEqual([]);
    }
  });
});
