/**
 * What the page does before React has arrived (main.tsx runs it first): start the join page's
 * workshop lookup, and for an Arabic interface fetch the Arabic body font the join form will use
 * (the Latin faces and the Arabic bold are preloaded by index.html: every language needs them).
 */
import arabicRegular from './fonts/plex-sans-arabic-400.woff2?url';
import { browserLanguage, storedLanguage } from './i18n/deviceLanguage';
import { startJoinLookup } from './lib/joinLookup';

export function startEarlyWork(): void {
  startJoinLookup(window.location);
  if ((storedLanguage() ?? browserLanguage()) === 'ar') {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
    link.crossOrigin = 'anonymous';
    link.href = arabicRegular;
    document.head.append(link);
  }
}
