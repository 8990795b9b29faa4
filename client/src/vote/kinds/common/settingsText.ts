/** Keeps "×3" and "1." whole in Arabic lines, where the bidi rules would draw them "3×" and ".1". */
export const ltr = (text: string) => `\u2066${text}\u2069`;
