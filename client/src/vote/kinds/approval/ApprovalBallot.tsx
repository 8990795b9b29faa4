import { useId } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotProps } from '../ballotPart';
import { toggleApproval } from './approvalBallot';

/**
 * Approval voting: a card per item with one large toggle. An approved card shows a tick in its
 * button and a thick edge, not only another colour; nothing approved is a ballot too.
 */
export function ApprovalBallot({ targets, draft, labelOf, onChange }: BallotProps<'approval'>) {
  const { t } = useI18n();
  const baseId = useId();
  const approved = new Set(draft.approved);
  return (
    <ul className="ballot-list">
      {targets.map((id, i) => {
        const on = approved.has(id);
        const title = labelOf(id);
        return (
          <li key={id} id={`ballot-item-${id}`} className={`ballot-card ${on ? 'is-chosen' : ''}`}>
            <p id={`${baseId}-${i}`} className="ballot-card__title" dir="auto">
              {title}
            </p>
            <button
              type="button"
              className="ballot-toggle"
              aria-pressed={on}
              aria-label={t('ballot.approval.approveItem', { title })}
              onClick={() => onChange(toggleApproval(targets, draft, id))}
            >
              <span className="ballot-toggle__box" aria-hidden="true">
                {on && <Icon name="check" />}
              </span>
              {t('ballot.approval.approve')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
