import { criteriaOf } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { criterionLabel } from '../../results/resultsText';
import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';

/** One's score ballot read back: each scored item's score on every criterion. */
export function ScoreBallotLines({ settings, targets, ballot, labelOf }: BallotLinesProps<'score'>) {
  const { t } = useI18n();
  const criteria = criteriaOf(settings);
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => ballot.scores[id])
        .map((id) => (
          <li key={id} className="summary-row summary-row--stack">
            <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
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
