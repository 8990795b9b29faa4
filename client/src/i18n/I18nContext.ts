import type { Locale } from '@majlis/shared';
import { createContext } from 'react';
import type { Translate } from './translate';

export interface I18n {
  /** The language the interface is shown in right now. */
  readonly lang: Locale;
  readonly t: Translate;
  /** The person picked a language: remember it on this device. */
  readonly choose: (locale: Locale) => void;
  /** What to show when the person has not picked: a workshop's language, say. */
  readonly suggest: (locale: Locale | null) => void;
  /** A screen that imposes its language (the board follows the room, not the device). */
  readonly impose: (locale: Locale | null) => void;
}

export const I18nContext = createContext<I18n | null>(null);
