import type { Locale } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { Icon } from './Icon';

interface Props {
  /** Defaults to the device language; the board passes its own. */
  readonly current?: Locale;
  readonly onChange?: (locale: Locale) => void;
  readonly className?: string;
}

/** One tap to the other language, labelled in that language so a person who cannot read the current
 * one still finds it. */
export function LanguageSwitch({ current, onChange, className }: Props) {
  const { lang, choose, t } = useI18n();
  const active = current ?? lang;
  const other: Locale = active === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className={`lang-switch ${className ?? ''}`}
      onClick={() => (onChange ?? choose)(other)}
    >
      <Icon name="globe" />
      <span lang={other} className="lang-switch__full">
        {other === 'ar' ? 'العربية' : 'English'}
      </span>
      {/* Narrow phones get the short form so the network status always fits beside it. */}
      <span lang={other} className="lang-switch__short">
        {other === 'ar' ? 'ع' : 'EN'}
      </span>
      <span className="visually-hidden"> ({t('lang.switch')})</span>
    </button>
  );
}
