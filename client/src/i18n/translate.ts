import type { ApiError, Locale } from '@majlis/shared';
import { ar } from './ar';
import { en, type MessageKey, type Messages } from './en';

const dictionaries: Readonly<Record<Locale, Messages>> = { ar, en };

export type TranslateParams = Readonly<Record<string, string | number>>;

/** A UI string in `locale`, with `{name}` placeholders filled. Pure, so the board can render in a
 * language other than the device's (the console's miniature shows the room's language). */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = dictionaries[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export type Translate = (key: MessageKey, params?: TranslateParams) => string;

export function translatorFor(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Client-side failures that never come from the server. */
export type ClientErrorCode = 'network' | 'timeout';

/** A message for an error code; unknown codes fall back to the server's own message. */
export function errorMessage(
  t: Translate,
  error: ApiError | { code: ClientErrorCode; message?: string },
): string {
  // A wrong-code backoff says how long to wait; the QR code works meanwhile.
  if (
    error.code === 'rate_limited' &&
    'retryAfterSeconds' in error &&
    error.retryAfterSeconds !== undefined
  ) {
    return t('error.rate_limited_wait', { seconds: error.retryAfterSeconds });
  }
  const key = `error.${error.code}`;
  if (Object.hasOwn(en, key)) return t(key as MessageKey);
  return error.message ?? t('error.internal');
}
