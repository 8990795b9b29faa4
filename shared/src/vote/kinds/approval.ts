/**
 * Approval voting: each person approves any number of the items, none included; results are the
 * approvals of each item and the share of voters who approved it.
 */
import { ErrorCode, fail, ok } from '../../errors.js';
import { type Ranked, rankBy, round } from './rankBy.js';
import { itemSourceIssues } from './sourceIssues.js';
import { unknownItem } from './unknownItem.js';
import type { VoteKindDefinition } from './voteKindDefinition.js';

/** Approvals per item, ranked. */
export interface ApprovalResult {
  readonly kind: 'approval';
  /** `share`: approvals over the ballots counted (0 to 1, three decimals; 0 when there are none). */
  readonly items: ReadonlyArray<Ranked & { approvals: number; share: number }>;
}

export const approvalKind: VoteKindDefinition<'approval', ApprovalResult> = {
  votesOn: 'items',

  settingsIssues: itemSourceIssues,

  validateBallot(_settings, targets, ballot) {
    const known = new Set(targets);
    for (const id of ballot.approved) if (!known.has(id)) return unknownItem(id);
    const approved = new Set(ballot.approved);
    if (approved.size !== ballot.approved.length)
      return fail(ErrorCode.badRequest, 'Each item can be approved only once.');
    // In the vote's order, so that the same approvals are always stored the same way.
    return ok({ kind: 'approval', approved: targets.filter((id) => approved.has(id)) });
  },

  tally(_settings, targets, ballots) {
    const approvals = new Map(targets.map((id) => [id, 0]));
    for (const b of ballots) {
      // A ballot counts an item once, whatever it repeats.
      for (const id of new Set(b.approved))
        if (approvals.has(id)) approvals.set(id, (approvals.get(id) ?? 0) + 1);
    }
    const voters = ballots.length;
    return {
      kind: 'approval',
      items: rankBy(
        [...approvals].map(([id, n]) => ({ id, approvals: n, share: voters === 0 ? 0 : round(n / voters) })),
        (e) => e.approvals,
      ),
    };
  },

  rankedIds: (result) => result.items.map(({ id, rank }) => ({ id, rank })),
};
