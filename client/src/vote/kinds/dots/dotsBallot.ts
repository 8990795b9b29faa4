/**
 * A dot ballot being filled in: the edits keep it within the budget and the cap as it changes, and
 * the checks say what still stops it, in terms the participant can act on.
 */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
import { isRecord } from '../common/ballotShape';
import { sortedEntries } from '../common/sortedEntries';

export type DotsDraft = BallotOf<'dots'>;

/** Why a dot ballot cannot be sent yet. */
export type DotsProblem =
  | { readonly code: 'dotsNone' }
  | { readonly code: 'dotsOver'; readonly budget: number }
  | { readonly code: 'dotsCap'; readonly cap: number };

/** Dots placed so far. */
export function dotsSpent(draft: DotsDraft): number {
  return Object.values(draft.allocations).reduce((sum, n) => sum + n, 0);
}

/** Dots still to place; never negative. */
export function dotsLeft(settings: VoteSettings, draft: DotsDraft): number {
  return Math.max(0, (settings.budget ?? 0) - dotsSpent(draft));
}

/** Whether one more dot may go on `id`: dots are left and the item is under its cap. */
export function canAddDot(settings: VoteSettings, draft: DotsDraft, id: string): boolean {
  const on = draft.allocations[id] ?? 0;
  return dotsLeft(settings, draft) > 0 && (settings.maxPerItem === undefined || on < settings.maxPerItem);
}

/** One dot more (`+1`) or fewer (`-1`) on an item, when the rules allow it. */
export function stepDots(settings: VoteSettings, draft: DotsDraft, id: string, step: 1 | -1): DotsDraft {
  const on = draft.allocations[id] ?? 0;
  if (step === 1 && !canAddDot(settings, draft, id)) return draft;
  if (step === -1 && on === 0) return draft;
  const allocations = { ...draft.allocations };
  if (on + step === 0) delete allocations[id];
  else allocations[id] = on + step;
  return { kind: 'dots', allocations };
}

/** Whether a stored value has a dot ballot's shape. */
export function isDotsShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isRecord(b.allocations) && Object.values(b.allocations).every(Number.isInteger);
}

/** A kept draft within the vote's targets, cap and budget, the first items keeping their dots. */
export function fitDots(settings: VoteSettings, targets: readonly string[], draft: DotsDraft): DotsDraft {
  const known = new Set(targets);
  const allocations: Record<string, number> = {};
  let left = settings.budget ?? 0;
  for (const [id, n] of Object.entries(draft.allocations)) {
    const take = Math.min(n, settings.maxPerItem ?? n, left);
    if (!known.has(id) || take <= 0) continue;
    allocations[id] = take;
    left -= take;
  }
  return { kind: 'dots', allocations };
}

export function dotsProgress(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: DotsDraft,
): BallotProgress {
  return { done: dotsSpent(draft), of: settings.budget ?? 0 };
}

export function dotsProblem(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: DotsDraft,
): DotsProblem | null {
  const spent = dotsSpent(draft);
  if (spent === 0) return { code: 'dotsNone' };
  if (spent > (settings.budget ?? 0)) return { code: 'dotsOver', budget: settings.budget ?? 0 };
  const cap = settings.maxPerItem;
  if (cap !== undefined && Object.values(draft.allocations).some((n) => n > cap))
    return { code: 'dotsCap', cap };
  return null;
}

/** Zero dots dropped, items sorted. */
export function dotsCanonical(ballot: DotsDraft): unknown {
  return sortedEntries(ballot.allocations).filter(([, n]) => n !== 0);
}
