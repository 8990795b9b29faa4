/** Numbers and times in vote results: Western digits in both languages, dates in the locale's order. */
import type { Locale } from '@majlis/shared';

const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });

/** A mean on the 1–5 scale: always one decimal, so a column of means lines up. */
export function formatMean(n: number): string {
  return oneDecimal.format(n);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  // `nu-latn` keeps Western digits in Arabic, as Jordanian official texts use them.
  ar: new Intl.DateTimeFormat('ar-JO-u-nu-latn', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
};

export function formatTime(ms: number, lang: Locale): string {
  return timeFormats[lang].format(new Date(ms));
}
