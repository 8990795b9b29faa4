// Apart from the zod schemas (schemas.ts), so that code without zod, such as what a phone loads, checks
// text the same way.

/**
 * True when `s` holds a control character (C0, DEL, C1) or a bidi embedding, override or isolate,
 * which could make a name on the board read as something else. Tab, newline and carriage return
 * pass when `multiline`. Direction marks (LRM, RLM), which Arabic keyboards insert, pass.
 */
export function hasControlCharacters(s: string, multiline: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const allowed = multiline && (c === 9 || c === 10 || c === 13);
    if ((c < 32 || (c >= 0x7f && c <= 0x9f)) && !allowed) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}
