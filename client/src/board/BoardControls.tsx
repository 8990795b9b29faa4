import type { Locale } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { Icon } from '../components/Icon';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { translate } from '../i18n/translate';

interface Props {
  readonly locale: Locale;
  readonly onLanguage: (locale: Locale) => void;
  readonly bilingual: boolean;
  readonly onBilingual: (on: boolean) => void;
  /** The by-group results toggle (key G, handled by useResultsByGroup); absent when there is nothing
   * to split by group, so no button shows. */
  readonly byGroup?: { readonly on: boolean; readonly onChange: (on: boolean) => void } | undefined;
}

const IDLE_MS = 2500;

/** The board's only controls, out of the room's sight: they appear while the mouse moves or a key is
 * used, and hide again. Keys: L switches language, B shows both languages, F toggles full screen,
 * G shows a vote's results by group. */
export function BoardControls({ locale, onLanguage, bilingual, onBilingual, byGroup }: Props) {
  const [awake, setAwake] = useState(false);

  useEffect(() => {
    let timer = 0;
    const wake = () => {
      setAwake(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setAwake(false), IDLE_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l') onLanguage(locale === 'ar' ? 'en' : 'ar');
      else if (key === 'b') onBilingual(!bilingual);
      else if (key === 'f') toggleFullscreen();
      else wake();
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('keydown', onKey);
    };
  }, [locale, onLanguage, bilingual, onBilingual]);

  return (
    <nav
      className={`board-controls ${awake ? 'is-awake' : ''}`}
      aria-label={translate(locale, 'board.controls')}
    >
      <LanguageSwitch current={locale} onChange={onLanguage} className="lang-switch--dark" />
      <button
        type="button"
        className="lang-switch lang-switch--dark"
        aria-pressed={bilingual}
        onClick={() => onBilingual(!bilingual)}
      >
        <Icon name={bilingual ? 'check' : 'globe'} />
        <span>{translate(locale, 'board.bilingual')}</span>
      </button>
      {byGroup && (
        <button
          type="button"
          className="lang-switch lang-switch--dark"
          aria-pressed={byGroup.on}
          aria-keyshortcuts="G"
          onClick={() => byGroup.onChange(!byGroup.on)}
        >
          <Icon name={byGroup.on ? 'check' : 'users'} />
          <span>{translate(locale, 'board.byGroup')}</span>
        </button>
      )}
      <button type="button" className="lang-switch lang-switch--dark" onClick={toggleFullscreen}>
        <Icon name="monitor" />
        <span>{translate(locale, 'board.fullscreen')}</span>
      </button>
    </nav>
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
