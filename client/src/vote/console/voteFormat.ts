/** Times in the vote audit: Western digits in both languages, in the locale's order. (Numbers in
 * results: vote/results/resultNumbers.) */
import type { Locale } from '@majlis/shared';

const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  // `nu-latn` keeps Western digits in Arabic, as Jordanian official texts use them.
  ar: new Intl.DateTimeFormat('ar-JO-u-nu-latn', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }),
};

export function formatTime(ms: number, lang: Locale): string {
  return timeFormats[lang].format(new Date(ms));
}
