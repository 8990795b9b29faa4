/** Writing direction of a piece of user text, as the Unicode bidi algorithm would pick it (rule P2). */

/** Letters of the scripts written right to left (Arabic, Hebrew, Syriac, Thaana, N'Ko and the like). */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;
const LETTER = /\p{L}/u;

/**
 * The direction of `s` from its first strong character: a letter of a right-to-left script makes
 * it `rtl`, any other letter `ltr`. Digits, punctuation, marks and spaces are weak or neutral, so a
 * text with no letter at all (a date, a number) takes `fallback`, usually the document's direction.
 */
export function textDirection(s: string, fallback: 'rtl' | 'ltr' = 'ltr'): 'rtl' | 'ltr' {
  for (const ch of s) {
    if (!LETTER.test(ch)) continue;
    return RTL_LETTER.test(ch) ? 'rtl' : 'ltr';
  }
  return fallback;
}

/** True when `s` holds any letter of a right-to-left script, wherever it is. */
export function hasRtlText(s: string): boolean {
  for (const ch of s) if (LETTER.test(ch) && RTL_LETTER.test(ch)) return true;
  return false;
}

/** A stretch of text in one direction. */
export interface DirectionRun {
  readonly text: string;
  readonly dir: 'rtl' | 'ltr';
}

/**
 * Splits `s` into runs of one direction each, for formats (DOCX) that mark right-to-left runs. A
 * letter takes its script's direction; digits, spaces and punctuation between two letters of the
 * same direction go with them, and otherwise take `base`, the paragraph's direction, as the Unicode
 * bidi algorithm resolves neutrals (rule N1–N2, simplified).
 */
export function directionRuns(s: string, base: 'rtl' | 'ltr'): DirectionRun[] {
  const chars = [...s];
  const strong = chars.map((ch) => (LETTER.test(ch) ? (RTL_LETTER.test(ch) ? 'rtl' : 'ltr') : undefined));
  const dirs: Array<'rtl' | 'ltr'> = [];
  for (let i = 0; i < chars.length; i++) {
    const own = strong[i];
    if (own !== undefined) {
      dirs.push(own);
      continue;
    }
    let before: 'rtl' | 'ltr' | undefined;
    for (let j = i - 1; j >= 0 && before === undefined; j--) before = strong[j];
    let after: 'rtl' | 'ltr' | undefined;
    for (let j = i + 1; j < chars.length && after === undefined; j++) after = strong[j];
    dirs.push(before !== undefined && before === after ? before : base);
  }
  const runs: DirectionRun[] = [];
  chars.forEach((ch, i) => {
    const dir = dirs[i] ?? base;
    const last = runs[runs.length - 1];
    if (last && last.dir === dir) runs[runs.length - 1] = { text: last.text + ch, dir };
    else runs.push({ text: ch, dir });
  });
  return runs;
}

/**
 * `s` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, for user text placed inside a
 * translated sentence ("Remove {name}"), where no element can carry `dir="auto"`: an English name
 * in an Arabic sentence (or the reverse) then keeps its own order and leaves the sentence's alone.
 */
export function isolateText(s: string): string {
  return `\u2068${s}\u2069`;
}
