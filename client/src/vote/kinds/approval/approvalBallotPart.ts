import type { BallotPart } from '../ballotPart';
import { ApprovalBallot } from './ApprovalBallot';
import { ApprovalBallotLines } from './ApprovalBallotLines';
import { approvalCanonical, approvalProgress, fitApproval, isApprovalShaped } from './approvalBallot';

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
