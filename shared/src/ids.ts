/** Ids are url-safe random strings; this is their shape, checked wherever one arrives from outside. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** Join codes are six digits so they can be typed on any phone keypad. */
export const JOIN_CODE_LENGTH = 6;

const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/**
 * Turns what a person typed as a join code into its canonical form: Arabic-Indic and Persian digits
 * become Western digits, and spaces and dashes go. Returns undefined when it is not a join code.
 */
export function normalizeJoinCode(input: string): string | undefined {
  let out = '';
  for (const ch of input) {
    const eastern = EASTERN_DIGITS.indexOf(ch);
    const persian = PERSIAN_DIGITS.indexOf(ch);
    if (eastern >= 0) out += String(eastern);
    else if (persian >= 0) out += String(persian);
    else if (ch >= '0' && ch <= '9') out += ch;
    else if (ch === ' ' || ch === '-' || ch === '\u00a0') continue;
    else return undefined;
  }
  return out.length === JOIN_CODE_LENGTH ? out : undefined;
}

/** A join code split for reading aloud: "482 913". */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
