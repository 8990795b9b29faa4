/** The language this device chose, remembered per device (not per workshop), as UX.md asks. */
import { LOCALES, type Locale } from '@majlis/shared';
import { readString, writeString } from '../lib/storage';

const KEY = 'majlis:lang';

export function isLocale(v: unknown): v is Locale {
  return LOCALES.includes(v as Locale);
}

export function storedLanguage(): Locale | null {
  const v = readString(KEY);
  return isLocale(v) ? v : null;
}

export function storeLanguage(locale: Locale): void {
  writeString(KEY, locale);
}

/** Arabic when the browser prefers it, English otherwise. */
export function browserLanguage(): Locale {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
