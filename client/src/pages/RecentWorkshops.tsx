import { useId, useMemo } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { credentials } from '../lib/credentials';
import { recentWorkshops } from '../lib/recent';
import { Link } from '../router/Link';
import { paths } from '../router/routes';

/** Shortcuts back into workshops this device created or joined; nothing shown when there are none. */
export function RecentWorkshops() {
  const { t } = useI18n();
  const headingId = useId();
  const entries = useMemo(
    () =>
      recentWorkshops().flatMap((r) => {
        if (r.role === 'facilitator') {
          const key = credentials.facilitator.get(r.id);
          return key ? [{ ...r, href: paths.facilitate(r.id, key), action: t('home.recent.console') }] : [];
        }
        return credentials.participant.get(r.id)
          ? [{ ...r, href: paths.me(r.id), action: t('home.recent.phone') }]
          : [];
      }),
    [t],
  );
  if (entries.length === 0) return null;
  return (
    <section className="card home__recent" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {t('home.recent')}
      </h2>
      <ul className="recent-list">
        {entries.map((r) => (
          <li key={`${r.role}:${r.id}`}>
            <Link href={r.href} className="recent-list__link">
              <Icon name={r.role === 'facilitator' ? 'key' : 'phone'} />
              <span className="recent-list__title" dir="auto">
                {r.title}
              </span>
              <span className="recent-list__action">{r.action}</span>
              <Icon name="chevron" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
