import { SDGS } from '@majlis/shared';
import { useId } from 'react';
import { Icon, type IconName } from '../components/Icon';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Link } from '../router/Link';
import { paths } from '../router/routes';
import { CreateWorkshopForm } from './CreateWorkshopForm';
import { RecentWorkshops } from './RecentWorkshops';

const FEATURES: ReadonlyArray<{
  icon: IconName;
  key: 'home.feature.board' | 'home.feature.phones' | 'home.feature.bilingual';
}> = [
  { icon: 'monitor', key: 'home.feature.board' },
  { icon: 'phone', key: 'home.feature.phones' },
  { icon: 'globe', key: 'home.feature.bilingual' },
];

/** `/`: what Majlis is, in one glance, and the form to start a workshop. */
export function HomePage() {
  const { t } = useI18n();
  useDocumentTitle(undefined);
  const createId = useId();
  const joinId = useId();
  return (
    <div className="shell home">
      <TopBar />
      <main className="home__main">
        <section className="home__hero">
          <p className="home__eyebrow">{t('app.tagline')}</p>
          <h1 className="home__heading">{t('home.heading')}</h1>
          <p className="home__lead">{t('home.lead')}</p>
          <ul className="home__features">
            {FEATURES.map((f) => (
              <li key={f.key}>
                <span className="home__feature-icon" aria-hidden="true">
                  <Icon name={f.icon} />
                </span>
                {t(f.key)}
              </li>
            ))}
          </ul>
          <div className="home__goals" aria-hidden="true">
            {SDGS.map((g) => (
              <span key={g.n} style={{ backgroundColor: g.color }} />
            ))}
          </div>
        </section>
        <div className="home__side">
          <section className="card home__create" aria-labelledby={createId}>
            <h2 id={createId} className="card__title">
              {t('home.create.heading')}
            </h2>
            <CreateWorkshopForm />
          </section>
          <section className="card home__join" aria-labelledby={joinId}>
            <div>
              <h2 id={joinId} className="card__title">
                {t('home.join.heading')}
              </h2>
              <p className="card__text">{t('home.join.text')}</p>
            </div>
            <Link href={paths.join()} className="button button--quiet">
              {t('home.join.cta')}
              <Icon name="arrow" />
            </Link>
          </section>
          <RecentWorkshops />
        </div>
      </main>
    </div>
  );
}
