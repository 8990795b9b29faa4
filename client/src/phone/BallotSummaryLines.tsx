import { type Ballot, criteriaOf, type VoteSettings } from '@majlis/shared';
import { useI18n } from '../i18n/useI18n';
import { criterionLabel } from '../vote/results/resultsText';
import { STATUS_MARKS } from '../vote/results/statusMarks';
import { BallotPips } from './BallotPips';

interface Props {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly ballot: Ballot;
  readonly labelOf: (id: string) => string;
}

/** The lines of one's ballot, in the kind's terms: dots per item, the order, scores, choices, ratings. */
export function BallotSummaryLines({ settings, targets, ballot, labelOf }: Props) {
  const { t } = useI18n();
  const title = (id: string) => (
    <span className="summary-row__title" dir="auto">
      {labelOf(id)}
    </span>
  );
  switch (ballot.kind) {
    case 'dots':
      return (
        <ul className="summary-list">
          {targets
            .filter((id) => (ballot.allocations[id] ?? 0) > 0)
            .map((id) => (
              <li key={id} className="summary-row">
                {title(id)}
                <span className="summary-row__value">
                  <BallotPips n={ballot.allocations[id] ?? 0} of={0} />
                  {ballot.allocations[id] === 1
                    ? t('ballot.dots.one')
                    : t('ballot.dots.count', { n: ballot.allocations[id] ?? 0 })}
                </span>
              </li>
            ))}
        </ul>
      );
    case 'rank':
      return (
        <ol className="summary-list">
          {ballot.order.map((id, i) => (
            <li key={id} className="summary-row">
              <span className="summary-row__n mono">{i + 1}</span>
              {title(id)}
            </li>
          ))}
        </ol>
      );
    case 'score': {
      const criteria = criteriaOf(settings);
      return (
        <ul className="summary-list">
          {targets
            .filter((id) => ballot.scores[id])
            .map((id) => (
              <li key={id} className="summary-row summary-row--stack">
                {title(id)}
                <span className="summary-row__scores">
                  {criteria.map((c) => (
                    <span key={c.id}>
                      {criterionLabel(t, c)} <b>{ballot.scores[id]?.[c.id] ?? '–'}</b>
                    </span>
                  ))}
                </span>
              </li>
            ))}
        </ul>
      );
    }
    case 'poll':
      return (
        <ul className="summary-list">
          {ballot.choices.map((id) => (
            <li key={id} className="summary-row">
              <span aria-hidden="true">✓</span>
              {title(id)}
            </li>
          ))}
        </ul>
      );
    case 'status':
      return (
        <ul className="summary-list">
          {targets
            .filter((id) => ballot.ratings[id])
            .map((id) => {
              const rating = ballot.ratings[id];
              return (
                <li key={id} className="summary-row summary-row--stack">
                  {title(id)}
                  {rating && (
                    <span className={`status-pill status-pill--${rating}`}>
                      <span aria-hidden="true">{STATUS_MARKS[rating]}</span> {t(`ballot.status.${rating}`)}
                    </span>
                  )}
                </li>
              );
            })}
        </ul>
      );
    default: {
      const unreachable: never = ballot;
      return unreachable;
    }
  }
}
