import type { ActionStatus, Locale, OutcomeView } from '@majlis/shared';
import { Icon } from '../components/Icon';
import { SdgChip } from '../components/SdgChip';
import { translate } from '../i18n/translate';
import { formatDay } from '../minutes/formatDay';

interface Props {
  readonly outcome: OutcomeView;
  /** Titles of the linked priority items that still exist, in the order given. */
  readonly linked: readonly string[];
  readonly locale: Locale;
  /** The densest layout shows goal numbers without their titles. */
  readonly goalTitles: boolean;
}

const STATUS_ICON = { open: null, in_progress: 'clock', done: 'check' } as const satisfies Record<
  ActionStatus,
  'clock' | 'check' | null
>;

/** A decision or an action item on the projector: the text large, then who, by when and where it
 * stands, then what it concerns. Every user string keeps its own direction. */
export function BoardOutcomeCard({ outcome, linked, locale, goalTitles }: Props) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  const action = outcome.kind === 'action';
  const icon = STATUS_ICON[outcome.status];
  return (
    <li
      className={`board-outcome board-outcome--${outcome.kind} ${action ? `is-${outcome.status}` : ''}`}
      data-page-key={outcome.id}
      data-flip-key={outcome.id}
    >
      {!action && (
        <span className="board-outcome__mark" aria-hidden="true">
          <Icon name="check" />
        </span>
      )}
      <p className="board-outcome__text" dir="auto">
        {outcome.text}
      </p>
      {action && (
        <dl className="board-outcome__facts">
          {(outcome.owner || outcome.organization) && (
            <div className="board-outcome__fact">
              <dt>{outcome.owner ? t('outcomes.owner') : t('outcomes.organization')}</dt>
              <dd>
                <OwnerAndOrganization owner={outcome.owner} organization={outcome.organization} />
              </dd>
            </div>
          )}
          {outcome.due && (
            <div className="board-outcome__fact">
              <dt>{t('outcomes.due')}</dt>
              <dd>{formatDay(outcome.due, locale)}</dd>
            </div>
          )}
          <div className="board-outcome__fact">
            <dt className="visually-hidden">{t('outcomes.status')}</dt>
            <dd className={`board-outcome__status board-outcome__status--${outcome.status}`}>
              {icon && <Icon name={icon} />}
              {t(`outcomes.status.${outcome.status}`)}
            </dd>
          </div>
        </dl>
      )}
      {(linked.length > 0 || outcome.sdgs.length > 0) && (
        <div className="board-outcome__links">
          {linked.length > 0 && (
            <span className="board-outcome__linked">
              <span className="board-outcome__linked-label">{t('outcomes.linked')}</span>
              {linked.map((title, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two linked items may share a title.
                <span key={i} className="board-outcome__item" dir="auto">
                  {title}
                </span>
              ))}
            </span>
          )}
          {outcome.sdgs.length > 0 && (
            <ul className="board-outcome__sdgs" aria-label={t('outcomes.goals')}>
              {outcome.sdgs.map((n) => (
                <li key={n}>
                  <SdgChip n={n} locale={locale} withTitle={goalTitles} className="sdg--board" />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

/** "Rana Haddad · Amman Municipality": each its own direction, whichever is given. */
export function OwnerAndOrganization({ owner, organization }: { owner: string; organization: string }) {
  return (
    <>
      {owner && <bdi>{owner}</bdi>}
      {owner && organization && <span className="outcome-sep"> · </span>}
      {organization && <bdi>{organization}</bdi>}
    </>
  );
}
