import { STATUS_RATINGS } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { STATUS_MARKS } from '../../results/statusMarks';
import type { BallotProps } from '../ballotPart';
import { BallotSegments } from '../common/BallotSegments';
import { setRating } from './statusBallot';

/** A status review: each past priority rated on track, partly, off track or "don't know". Each
 * rating has a mark as well as a colour, so no one needs to tell green from red. */
export function StatusBallot({ targets, draft, labelOf, onChange }: BallotProps<'status'>) {
  const { t } = useI18n();
  const baseId = useId();
  const options = STATUS_RATINGS.map((value) => ({
    value,
    label: t(`ballot.status.${value}`),
    mark: STATUS_MARKS[value],
  }));
  return (
    <ul className="ballot-list">
      {targets.map((id, i) => (
        <li
          key={id}
          id={`ballot-item-${id}`}
          className={`ballot-card ${draft.ratings[id] ? 'is-chosen' : ''}`}
        >
          <BallotSegments
            name={`${baseId}-${i}`}
            legend={
              <span className="ballot-card__title" dir="auto">
                {labelOf(id)}
              </span>
            }
            options={options}
            value={draft.ratings[id]}
            onChange={(rating) => onChange(setRating(draft, id, rating))}
            className="segments--status"
          />
        </li>
      ))}
    </ul>
  );
}
