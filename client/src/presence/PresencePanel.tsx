import { GROUP_LABELS, type PresenceCounts, STAKEHOLDER_GROUPS } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../i18n/useI18n';
import { formatNumber } from '../lib/numbers';

/** Who is connected, by stakeholder group, with a bar per group to see the balance of the room. */
export function PresencePanel({ presence }: { readonly presence: PresenceCounts | undefined }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const max = Math.max(1, ...STAKEHOLDER_GROUPS.map((g) => presence?.byGroup[g] ?? 0));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          {t('console.presence')}
        </h2>
        <p className="presence-total">
          <span className="presence-total__n">{presence ? formatNumber(presence.total) : '–'}</span>{' '}
          <span className="presence-total__label">{t('console.presenceTotal')}</span>
        </p>
      </div>
      <ul className="presence-list">
        {STAKEHOLDER_GROUPS.map((g) => {
          const n = presence?.byGroup[g] ?? 0;
          return (
            <li key={g} className={n === 0 ? 'is-zero' : ''}>
              <span className="presence-list__label">{GROUP_LABELS[g][lang]}</span>
              <span className="presence-list__bar" aria-hidden="true">
                <span style={{ inlineSize: `${(n / max) * 100}%` }} />
              </span>
              <span className="presence-list__n">{formatNumber(n)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
