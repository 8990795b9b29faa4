/** A status review being filled in: each past priority rated on track, partly, off track or "don't know". */
import { type BallotOf, STATUS_RATINGS, type StatusRating, type VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
import { isRecord } from '../common/ballotShape';

export type StatusDraft = BallotOf<'status'>;

/** Why a status ballot cannot be sent yet. */
export type StatusProblem = { readonly code: 'statusNone' };

/** Rates one past priority. */
export function setRating(draft: StatusDraft, id: string, rating: StatusRating): StatusDraft {
  return { kind: 'status', ratings: { ...draft.ratings, [id]: rating } };
}

/** Whether a stored value has a status ballot's shape. */
export function isStatusShaped(b: Readonly<Record<string, unknown>>): boolean {
  return (
    isRecord(b.ratings) &&
    Object.values(b.ratings).every((r) => (STATUS_RATINGS as readonly unknown[]).includes(r))
  );
}

/** Kept ratings of the vote's items. */
export function fitStatus(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: StatusDraft,
): StatusDraft {
  const known = new Set(targets);
  const ratings = Object.fromEntries(Object.entries(draft.ratings).filter(([id]) => known.has(id)));
  return { kind: 'status', ratings };
}

export function statusProgress(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: StatusDraft,
): BallotProgress {
  return { done: Object.keys(draft.ratings).length, of: targets.length };
}

export function statusProblem(
  _settings: VoteSettings,
  _targets: readonly string[],
  draft: StatusDraft,
): StatusProblem | null {
  return Object.keys(draft.ratings).length === 0 ? { code: 'statusNone' } : null;
}
