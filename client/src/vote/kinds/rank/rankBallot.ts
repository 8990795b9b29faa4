/**
 * A rank ballot being filled in: the top K (or every item) in order, no item twice. The edits keep
 * it so; the checks say how many are still to rank.
 */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
import { isIds } from '../common/ballotShape';

export type RankDraft = BallotOf<'rank'>;

/** Why a rank ballot cannot be sent yet. */
export type RankProblem = { readonly code: 'rankCount'; readonly expected: number; readonly have: number };

/** How many items a rank ballot orders: the top K, or every target. */
export function rankExpected(settings: VoteSettings, targets: readonly string[]): number {
  return Math.min(settings.rankTop ?? targets.length, targets.length);
}

/** Puts an unranked item at the end of the order, while there is room. */
export function rankAdd(settings: VoteSettings, targets: readonly string[], draft: RankDraft, id: string) {
  if (draft.order.includes(id) || draft.order.length >= rankExpected(settings, targets)) return draft;
  return { kind: 'rank', order: [...draft.order, id] } satisfies RankDraft;
}

/** Takes an item out of the order; those below it move up. */
export function rankRemove(draft: RankDraft, id: string): RankDraft {
  return { kind: 'rank', order: draft.order.filter((x) => x !== id) };
}

/** Moves the item at `from` to `to` (both positions in the order), the others closing up. */
export function rankMove(draft: RankDraft, from: number, to: number): RankDraft {
  const order = [...draft.order];
  if (from < 0 || from >= order.length || to < 0 || to >= order.length || from === to) return draft;
  const [moved] = order.splice(from, 1);
  if (moved === undefined) return draft;
  order.splice(to, 0, moved);
  return { kind: 'rank', order };
}

/** Whether a stored value has a rank ballot's shape. */
export function isRankShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isIds(b.order);
}

/** A kept order without repeats or gone items, cut to the number to rank. */
export function fitRank(settings: VoteSettings, targets: readonly string[], draft: RankDraft): RankDraft {
  const known = new Set(targets);
  const order = [...new Set(draft.order)].filter((id) => known.has(id));
  return { kind: 'rank', order: order.slice(0, rankExpected(settings, targets)) };
}

export function rankProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: RankDraft,
): BallotProgress {
  return { done: draft.order.length, of: rankExpected(settings, targets) };
}

export function rankProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: RankDraft,
): RankProblem | null {
  const expected = rankExpected(settings, targets);
  return draft.order.length !== expected ? { code: 'rankCount', expected, have: draft.order.length } : null;
}
