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

/** The first of the browser's preferred languages that the app speaks, or null when it speaks none. */
export function browserLanguage(
  preferred: readonly string[] = navigator.languages?.length ? navigator.languages : [navigator.language],
): Locale | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return null;
}

/**
 * The interface language: one a page imposes (the printed minutes), else the one chosen on this
 * device, else the device's own language when the app speaks it, and only then the workshop's
 * (`suggested`), English last. An English phone joining an Arabic workshop stays English.
 */
export function resolveLanguage(choice: {
  readonly imposed: Locale | null;
  readonly chosen: Locale | null;
  readonly device: Locale | null;
  readonly suggested: Locale | null;
}): Locale {
  return choice.imposed ?? choice.chosen ?? choice.device ?? choice.suggested ?? 'en';
}
