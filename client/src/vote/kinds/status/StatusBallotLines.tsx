import { useI18n } from '../../../i18n/useI18n';
import { STATUS_MARKS } from '../../results/statusMarks';
import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';

/** One's status review read back: each rated item with its rating, mark and colour. */
export function StatusBallotLines({ targets, ballot, labelOf }: BallotLinesProps<'status'>) {
  const { t } = useI18n();
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => ballot.ratings[id])
        .map((id) => {
          const rating = ballot.ratings[id];
          return (
            <li key={id} className="summary-row summary-row--stack">
              <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
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
}
