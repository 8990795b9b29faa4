/**
 * A score ballot being filled in: each item scored 1–5 on every criterion, or skipped. One that is
 * started must be scored on every criterion before the ballot counts.
 */
import { type BallotOf, criteriaOf, type VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
import { isRecord } from '../common/ballotShape';
import { sortedEntries } from '../common/sortedEntries';

export type ScoreDraft = BallotOf<'score'>;

/** Why a score ballot cannot be sent yet. */
export type ScoreProblem =
  | { readonly code: 'scoreNone' }
  | { readonly code: 'scorePartial'; readonly itemId: string };

/** Sets one criterion's score (1–5) of one item. */
export function setScore(draft: ScoreDraft, id: string, criterion: string, value: number): ScoreDraft {
  return { kind: 'score', scores: { ...draft.scores, [id]: { ...draft.scores[id], [criterion]: value } } };
}

/** Clears an item's scores, for "I won't score this one". */
export function clearScore(draft: ScoreDraft, id: string): ScoreDraft {
  const scores = { ...draft.scores };
  delete scores[id];
  return { kind: 'score', scores };
}

/** Whether a stored value has a score ballot's shape. */
export function isScoreShaped(b: Readonly<Record<string, unknown>>): boolean {
  return (
    isRecord(b.scores) &&
    Object.values(b.scores).every(
      (s) =>
        isRecord(s) &&
        Object.values(s).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5),
    )
  );
}

/** Kept scores of the vote's items on its criteria; an item left with none is dropped. */
export function fitScore(settings: VoteSettings, targets: readonly string[], draft: ScoreDraft): ScoreDraft {
  const known = new Set(targets);
  const ids = new Set(criteriaOf(settings).map((c) => c.id));
  const scores: Record<string, Record<string, number>> = {};
  for (const [id, given] of Object.entries(draft.scores)) {
    if (!known.has(id)) continue;
    const kept = Object.fromEntries(Object.entries(given).filter(([c]) => ids.has(c)));
    if (Object.keys(kept).length > 0) scores[id] = kept;
  }
  return { kind: 'score', scores };
}

/** Items scored on every criterion, of all items. */
export function scoreProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: ScoreDraft,
): BallotProgress {
  const ids = criteriaOf(settings).map((c) => c.id);
  const complete = targets.filter((id) => ids.every((c) => draft.scores[id]?.[c] !== undefined));
  return { done: complete.length, of: targets.length };
}

export function scoreProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: ScoreDraft,
): ScoreProblem | null {
  const ids = criteriaOf(settings).map((c) => c.id);
  // Items in target order, so the problem named is the first one on the screen.
  const partial = targets.find((id) => {
    const given = draft.scores[id];
    return given !== undefined && ids.some((c) => given[c] === undefined);
  });
  if (partial !== undefined) return { code: 'scorePartial', itemId: partial };
  if (Object.keys(draft.scores).length === 0) return { code: 'scoreNone' };
  return null;
}

/** Items and criteria sorted. */
export function scoreCanonical(ballot: ScoreDraft): unknown {
  return sortedEntries(ballot.scores).map(([k, s]) => [k, sortedEntries(s)]);
}
