/** The interface languages Majlis ships. Arabic first. */
export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text given in both interface languages. */
export interface Bilingual {
  readonly ar: string;
  readonly en: string;
}

/** Writing direction of a locale's script. */
export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
