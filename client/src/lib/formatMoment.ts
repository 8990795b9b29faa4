import type { Locale } from '@majlis/shared';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  // Western digits in both languages, as elsewhere in the app.
  ar: new Intl.DateTimeFormat('ar-JO-u-nu-latn', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** A moment as people read it on a screen, in the device's time zone: "Tue 14 May, 18:30". */
export function formatMoment(ms: number, locale: Locale): string {
  return formats[locale].format(ms);
}
