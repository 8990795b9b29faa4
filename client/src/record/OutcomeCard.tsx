import type { OutcomeView } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { useI18n } from '../i18n/useI18n';
import { formatDay } from '../minutes/formatDay';

interface Props {
  readonly outcome: OutcomeView;
  /** Titles of the linked priority items that still exist. */
  readonly linked: readonly string[];
}

/** One decision or action item on the phone, read-only. */
export function OutcomeCard({ outcome, linked }: Props) {
  const { t, lang } = useI18n();
  const action = outcome.kind === 'action';
  return (
    <li className={`outcome-card outcome-card--${outcome.kind} ${action ? `is-${outcome.status}` : ''}`}>
      <div className="outcome-card__head">
        <p className="outcome-card__text" dir="auto">
          {outcome.text}
        </p>
        {action && (
          <span className={`outcome-status outcome-status--${outcome.status}`}>
            {outcome.status === 'done' && <Icon name="check" />}
            {outcome.status === 'in_progress' && <Icon name="clock" />}
            <span className="visually-hidden">{t('outcomes.status')}: </span>
            {t(`outcomes.status.${outcome.status}`)}
          </span>
        )}
      </div>
      {action && (outcome.owner || outcome.organization || outcome.due) && (
        <dl className="outcome-card__facts">
          {outcome.owner && (
            <div>
              <dt>{t('outcomes.owner')}</dt>
              <dd dir="auto">{outcome.owner}</dd>
            </div>
          )}
          {outcome.organization && (
            <div>
              <dt>{t('outcomes.organization')}</dt>
              <dd dir="auto">{outcome.organization}</dd>
            </div>
          )}
          {outcome.due && (
            <div>
              <dt>{t('outcomes.due')}</dt>
              <dd>{formatDay(outcome.due, lang)}</dd>
            </div>
          )}
        </dl>
      )}
      {linked.length > 0 && (
        <div className="outcome-card__linked">
          <span className="outcome-card__linked-label">{t('outcomes.linked')}</span>
          <ul>
            {linked.map((title, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two linked items may share a title.
              <li key={i} dir="auto">
                {title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.sdgs.length > 0 && (
        <ul className="outcome-card__sdgs" aria-label={t('outcomes.goals')}>
          {outcome.sdgs.map((n) => (
            <li key={n}>
              <SdgChip n={n} locale={lang} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
