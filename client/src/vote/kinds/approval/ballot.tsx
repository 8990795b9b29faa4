/**
 * An approval ballot being filled in: any number of the vote's items approved, none included ("none
 * of these" is a ballot too), each once and kept in the vote's order.
 */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { isIds } from '../common/ballotShape';

export type ApprovalDraft = BallotOf<'approval'>;

/** Approves an item, or takes its approval back, keeping the items in the vote's order. */
export function toggleApproval(targets: readonly string[], draft: ApprovalDraft, id: string): ApprovalDraft {
  const approved = new Set(draft.approved);
  if (approved.has(id)) approved.delete(id);
  else approved.add(id);
  return { kind: 'approval', approved: targets.filter((t) => approved.has(t)) };
}

/** Whether a stored value has an approval ballot's shape. */
export function isApprovalShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isIds(b.approved);
}

/** A kept draft approving only the vote's items as they are now, each once, in the vote's order. */
export function fitApproval(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: ApprovalDraft,
): ApprovalDraft {
  const approved = new Set(draft.approved);
  return { kind: 'approval', approved: targets.filter((id) => approved.has(id)) };
}

export function approvalProgress(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: ApprovalDraft,
): BallotProgress {
  return { done: draft.approved.length, of: targets.length };
}

/** The approvals as a set. */
export function approvalCanonical(ballot: ApprovalDraft): unknown {
  return [...new Set(ballot.approved)].sort();
}

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

/** Approval voting on the phone: a toggle per item; sending with none approved says so on the button. */
export const approvalBallotPart = {
  Ballot: ApprovalBallot,
  SummaryLines: ApprovalBallotLines,
  emptyDraft: () => ({ kind: 'approval', approved: [] }),
  isShaped: isApprovalShaped,
  fit: fitApproval,
  progress: approvalProgress,
  // Any number of approvals counts, none included: nothing of the kind's own stops a ballot.
  problem: () => null,
  problemText: (t) => t('ballot.problem.invalid'),
  canonical: approvalCanonical,
  how: (t) => t('ballot.how.approval'),
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.approval', { n: done, of }),
  meterPips: () => null,
  sendText: (t, draft, update) =>
    draft.approved.length > 0
      ? null
      : t(update ? 'ballot.update.approvalNone' : 'ballot.submit.approvalNone'),
} satisfies BallotPart<'approval'>;
