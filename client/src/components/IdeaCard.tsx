import { GROUP_LABELS, type Locale, type StakeholderGroup } from '@majlis/shared';
import { memo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { SdgChip } from './SdgChip';

interface Props {
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
  readonly group?: StakeholderGroup | undefined;
  readonly mine?: boolean;
  /** Held on this device until the network returns. */
  readonly pending?: boolean;
}

/**
 * An idea in a list on the phone or in the console. User text keeps its own direction. Memoised (the
 * goals array is the same object while the idea is unchanged): a new idea draws one card, not all.
 */
export const IdeaCard = memo(function IdeaCard({
  title,
  description,
  sdgs,
  group,
  mine = false,
  pending = false,
}: Props) {
  const { t, lang } = useI18n();
  const locale: Locale = lang;
  return (
    <li className={`idea ${mine ? 'idea--mine' : ''} ${pending ? 'idea--pending' : ''}`}>
      <p className="idea__title" dir="auto">
        {title}
      </p>
      {description && (
        <p className="idea__description" dir="auto">
          {description}
        </p>
      )}
      {(sdgs.length > 0 || group || mine || pending) && (
        <div className="idea__meta">
          {sdgs.length > 0 && (
            <ul className="idea__sdgs">
              {sdgs.map((n) => (
                <li key={n}>
                  <SdgChip n={n} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          <span className="idea__tags">
            {group && <span className="pill">{GROUP_LABELS[group][locale]}</span>}
            {mine && !pending && <span className="pill pill--accent">{t('me.mine')}</span>}
            {pending && <span className="pill pill--gold">{t('me.sending')}</span>}
          </span>
        </div>
      )}
    </li>
  );
});
