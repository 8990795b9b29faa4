/** Calendar days as the room reads them: the locale's month names, Western digits (as Jordanian
 * official texts write them), never shifted by the device's time zone. */
import { type Locale, validDate } from '@majlis/shared';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  ar: new Intl.DateTimeFormat('ar-JO-u-nu-latn', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** `2026-06-30` as "30 June 2026" or "30 حزيران 2026"; anything that is not a real day as given. */
export function formatDay(day: string, locale: Locale): string {
  if (!validDate(day)) return day;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return formats[locale].format(new Date(Date.UTC(year, month - 1, date)));
}
