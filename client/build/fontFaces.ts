/**
 * The web fonts the client ships: which faces, cut from which @fontsource file, keeping which
 * characters. `subsetFonts.ts` writes them to client/src/fonts with their CSS; its test checks the
 * files still match these lists and the installed sources, and that no UI string loses a glyph.
 *
 * Two weights of the sans (400 for text, 700 for headings and labels: a rule asking for 500 gets
 * 400 and one asking for 600 gets 700, by the browser's own matching, so no bold is synthesized)
 * and one of the mono (600: join codes and timers; the few 400 uses get 600). Each weight is cut
 * by script, so a page downloads the Arabic file only if it shows Arabic, the accented Latin
 * letters only if it shows one, and the Latin file (spaces, digits, punctuation) almost always.
 */

/** An inclusive range of code points. */
export type CodeRange = readonly [number, number];

export interface FontFace {
  /** File name under client/src/fonts. */
  readonly file: string;
  readonly family: 'IBM Plex Sans Arabic' | 'IBM Plex Mono';
  readonly weight: 400 | 600 | 700;
  /** The @fontsource file cut from, relative to the client package's node_modules. */
  readonly source: string;
  /** What to keep; the face's unicode-range is what of this the source has. */
  readonly keep: readonly CodeRange[];
}

const one = (cp: number): CodeRange => [cp, cp];

/**
 * Arabic as written in Arabic, plus the few letters names borrow from Persian (پ چ ژ ڤ ک گ ی) and
 * Persian digits (join codes are typed with them). Urdu, Sindhi and the presentation forms are
 * left out: they fall back to the system's Arabic font.
 */
export const ARABIC: readonly CodeRange[] = [
  one(0x060c), // ، comma
  one(0x061b), // ؛ semicolon
  one(0x061f), // ؟ question mark
  [0x0621, 0x063a], // hamza … ghain
  [0x0640, 0x0655], // tatweel, fa … yeh, harakat, hamza above and below
  [0x0660, 0x066d], // Arabic-Indic digits, percent, separators
  one(0x0670), // superscript alef
  one(0x0671), // alef wasla
  one(0x067e), // پ
  one(0x0686), // چ
  one(0x0698), // ژ
  one(0x06a4), // ڤ
  one(0x06a9), // ک
  one(0x06af), // گ
  one(0x06cc), // ی
  [0x06f0, 0x06f9], // Persian digits
  [0x200c, 0x200f], // ZWNJ, ZWJ, LRM, RLM: they steer joining, so they belong to the Arabic face
];

/**
 * Latin for the interface: ASCII, the Latin-1 signs (« » · × nbsp) and typographic punctuation.
 * Every page needs it (the space is here), so it is kept small.
 */
export const LATIN: readonly CodeRange[] = [
  [0x0020, 0x007e],
  [0x00a0, 0x00bf],
  one(0x00d7), // ×
  one(0x00f7), // ÷
  [0x2009, 0x200a], // thin and hair spaces
  [0x2010, 0x2015], // hyphens and dashes
  [0x2018, 0x201e], // quotes
  [0x2020, 0x2022], // daggers, bullet
  one(0x2026), // …
  one(0x202f), // narrow no-break space
  one(0x2030), // ‰
  [0x2032, 0x2033], // primes
  [0x2039, 0x203a], // ‹ ›
  one(0x2044), // fraction slash
  one(0x20ac), // €
  one(0x2122), // ™
  one(0x2191), // ↑
  one(0x2193), // ↓
  one(0x2212), // − minus
];

/** The accented letters of names (José, Müller, François, Œuvre): downloaded only when shown. */
export const LATIN_LETTERS: readonly CodeRange[] = [
  [0x00c0, 0x00d6],
  [0x00d8, 0x00f6],
  [0x00f8, 0x00ff],
  one(0x0131), // ı
  [0x0152, 0x0153], // Œ œ
];

/** Codes, timers and counters: ASCII and the separators the app puts between digits. */
export const MONO: readonly CodeRange[] = [
  [0x0020, 0x007e],
  one(0x00a0),
  one(0x00b7),
  one(0x00d7),
  [0x2013, 0x2014],
  one(0x2026),
  one(0x2212),
];

const SANS = '@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic';
const MONO_FILES = '@fontsource/ibm-plex-mono/files/ibm-plex-mono';

export const FONT_FACES: readonly FontFace[] = [
  {
    file: 'plex-sans-arabic-400.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 400,
    source: `${SANS}-arabic-400-normal.woff2`,
    keep: ARABIC,
  },
  {
    file: 'plex-sans-arabic-700.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 700,
    source: `${SANS}-arabic-700-normal.woff2`,
    keep: ARABIC,
  },
  {
    file: 'plex-sans-latin-400.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 400,
    source: `${SANS}-latin-400-normal.woff2`,
    keep: LATIN,
  },
  {
    file: 'plex-sans-latin-700.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 700,
    source: `${SANS}-latin-700-normal.woff2`,
    keep: LATIN,
  },
  {
    file: 'plex-sans-accents-400.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 400,
    source: `${SANS}-latin-400-normal.woff2`,
    keep: LATIN_LETTERS,
  },
  {
    file: 'plex-sans-accents-700.woff2',
    family: 'IBM Plex Sans Arabic',
    weight: 700,
    source: `${SANS}-latin-700-normal.woff2`,
    keep: LATIN_LETTERS,
  },
  {
    file: 'plex-mono-600.woff2',
    family: 'IBM Plex Mono',
    weight: 600,
    source: `${MONO_FILES}-latin-600-normal.woff2`,
    keep: MONO,
  },
];

/** Every code point of some ranges, in order. */
export function codePoints(ranges: readonly CodeRange[]): number[] {
  const out = new Set<number>();
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) out.add(cp);
  return [...out].sort((a, b) => a - b);
}

/** Sorted code points as the shortest list of ranges. */
export function toRanges(points: readonly number[]): CodeRange[] {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const cp of sorted) {
    const last = out.at(-1);
    if (last && cp === last[1] + 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  return out;
}

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** A CSS `unicode-range` value. */
export function unicodeRange(ranges: readonly CodeRange[]): string {
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/** Parses a CSS `unicode-range` value (single points and ranges; no wildcards). */
export function parseUnicodeRange(value: string): CodeRange[] {
  return value.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m?.[1]) throw new Error(`not a unicode-range: ${part}`);
    const from = Number.parseInt(m[1], 16);
    return [from, m[2] ? Number.parseInt(m[2], 16) : from] as const;
  });
}
