import { directionOf, type Locale } from '@majlis/shared';
import type { MessageKey } from '../i18n/en';
import { translate } from '../i18n/translate';

interface Props {
  readonly locale: Locale;
  /** Also say it in the other language, on its own line, for a mixed room. */
  readonly bilingual: boolean;
  readonly k: MessageKey;
}

/** A board label in the room's language, and in the other one beneath it when the board is bilingual. */
export function BoardLabel({ locale, bilingual, k }: Props) {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return (
    <>
      {translate(locale, k)}
      {bilingual && (
        <span className="board-second" lang={other} dir={directionOf(other)}>
          {translate(other, k)}
        </span>
      )}
    </>
  );
}
