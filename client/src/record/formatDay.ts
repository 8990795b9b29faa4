import type { Locale } from '@majlis/shared';

const formatters = new Map<Locale, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day in the reader's language, with Western digits in Arabic too. */
export function formatDay(day: string, locale: Locale): string {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-JO-u-nu-latn' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(locale, format);
  }
  const at = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(at) ? day : format.format(at);
}
