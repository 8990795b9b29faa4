import type { Locale, Minutes, MinutesOutcome } from '@majlis/shared';
import { SdgChip } from '../components/SdgChip';
import { formatDay } from './formatDay';

interface Props {
  readonly decisions: readonly MinutesOutcome[];
  readonly actions: readonly MinutesOutcome[];
  readonly labels: Minutes['labels'];
  readonly locale: Locale;
}

/** What an outcome concerns: the linked items' titles and its goals. */
function OutcomeLinks({
  outcome,
  labels,
  locale,
}: {
  outcome: MinutesOutcome;
  labels: Minutes['labels'];
  locale: Locale;
}) {
  if (outcome.items.length === 0 && outcome.sdgs.length === 0) return null;
  return (
    <p className="minutes-links">
      {outcome.items.length > 0 && (
        <span>
          <span className="minutes-label">{labels.linkedItems}: </span>
          {outcome.items.map((title, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two linked items may share a title.
            <span key={i}>
              {i > 0 && (locale === 'ar' ? '، ' : ', ')}
              <bdi>{title}</bdi>
            </span>
          ))}
        </span>
      )}
      {outcome.sdgs.length > 0 && (
        <span className="minutes-sdgs">
          {outcome.sdgs.map((n) => (
            <SdgChip key={n} n={n} locale={locale} className="sdg--print" />
          ))}
        </span>
      )}
    </p>
  );
}

/** Under an h2 (a stage, or the workshop as a whole): decisions and action items as numbered lists,
 * each action's text on its full line (long texts in narrow table cells break badly in print and in
 * copied text), then who, for whom, by when and where it stands. */
export function MinutesOutcomes({ decisions, actions, labels, locale }: Props) {
  return (
    <>
      {decisions.length > 0 && (
        <div className="minutes-block">
          <h3>{labels.decisions}</h3>
          <ol className="minutes-decisions">
            {decisions.map((d) => (
              <li key={d.id}>
                <p dir="auto">{d.text}</p>
                <OutcomeLinks outcome={d} labels={labels} locale={locale} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {actions.length > 0 && (
        <div className="minutes-block">
          <h3>{labels.actions}</h3>
          <ol className="minutes-actions">
            {actions.map((a) => (
              <li key={a.id} className="minutes-action">
                <p className="minutes-action__text" dir="auto">
                  {a.text}
                </p>
                <dl className="minutes-action__facts">
                  {a.owner && (
                    <div>
                      <dt>{labels.owner}</dt>
                      <dd>
                        <bdi>{a.owner}</bdi>
                      </dd>
                    </div>
                  )}
                  {a.organization && (
                    <div>
                      <dt>{labels.organization}</dt>
                      <dd>
                        <bdi>{a.organization}</bdi>
                      </dd>
                    </div>
                  )}
                  {a.due && (
                    <div>
                      <dt>{labels.due}</dt>
                      <dd>{formatDay(a.due, locale)}</dd>
                    </div>
                  )}
                  <div>
                    <dt>{labels.status}</dt>
                    <dd className={`minutes-status minutes-status--${a.status}`}>{a.statusLabel}</dd>
                  </div>
                </dl>
                <OutcomeLinks outcome={a} labels={labels} locale={locale} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
