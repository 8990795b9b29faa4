import { directionOf, type Locale } from '@majlis/shared';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { browserLanguage, resolveLanguage, storedLanguage, storeLanguage } from './deviceLanguage';
import { type I18n, I18nContext } from './I18nContext';
import { translatorFor } from './translate';

/** Resolves the interface language (imposed > chosen on this device > the device's language > the
 * workshop's, see `resolveLanguage`) and keeps
 * `<html lang dir>` in step, so screen readers and the bidi algorithm see the right language. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<Locale | null>(storedLanguage);
  const [suggested, suggest] = useState<Locale | null>(null);
  const [imposed, impose] = useState<Locale | null>(null);
  const [device] = useState(() => browserLanguage());
  const lang = resolveLanguage({ imposed, chosen, device, suggested });

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = directionOf(lang);
  }, [lang]);

  const value = useMemo<I18n>(
    () => ({
      lang,
      t: translatorFor(lang),
      choose: (locale) => {
        storeLanguage(locale);
        setChosen(locale);
      },
      suggest,
      impose,
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
