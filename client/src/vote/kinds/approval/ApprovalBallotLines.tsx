import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';

/** One's approval ballot read back: the items approved, or that none was. */
export function ApprovalBallotLines({ ballot, labelOf }: BallotLinesProps<'approval'>) {
  const { t } = useI18n();
  return (
    <ul className="summary-list">
      {ballot.approved.length === 0 ? (
        <li className="summary-row">{t('ballot.approval.none')}</li>
      ) : (
        ballot.approved.map((id) => (
          <li key={id} className="summary-row">
            <span aria-hidden="true">✓</span>
            <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
          </li>
        ))
      )}
    </ul>
  );
}
