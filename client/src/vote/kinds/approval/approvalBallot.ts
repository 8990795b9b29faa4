/**
 * An approval ballot being filled in: any number of the vote's items approved, none included ("none
 * of these" is a ballot too), each once and kept in the vote's order.
 */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
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
