/**
 * A ballot being filled in on the phone. The draft has the wire shape of a ballot, so what the
 * participant sees is exactly what would be sent; these edits keep it within the vote's rules as it
 * changes (no dot over the budget or the cap, no item ranked twice), so a refusal is the exception.
 */
import {
  type Ballot,
  criteriaOf,
  STATUS_RATINGS,
  type StatusRating,
  type VoteKind,
  type VoteSettings,
} from '@majlis/shared';

export type DotsDraft = Extract<Ballot, { kind: 'dots' }>;
export type RankDraft = Extract<Ballot, { kind: 'rank' }>;
export type ScoreDraft = Extract<Ballot, { kind: 'score' }>;
export type PollDraft = Extract<Ballot, { kind: 'poll' }>;
export type StatusDraft = Extract<Ballot, { kind: 'status' }>;

/** A ballot with nothing in it yet. */
export function emptyDraft(kind: VoteKind): Ballot {
  switch (kind) {
    case 'dots':
      return { kind, allocations: {} };
    case 'rank':
      return { kind, order: [] };
    case 'score':
      return { kind, scores: {} };
    case 'poll':
      return { kind, choices: [] };
    case 'status':
      return { kind, ratings: {} };
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown vote kind ${String(unreachable)}`);
    }
  }
}

/** The ids a ballot may name: the vote's targets, or a poll's own options. */
export function choosable(settings: VoteSettings, targets: readonly string[]): readonly string[] {
  return settings.kind === 'poll' ? (settings.options ?? []).map((o) => o.id) : targets;
}

/**
 * A draft kept on the device (or a stored ballot) fitted to the vote as it is now: of the right kind,
 * naming only its targets, within budget, cap and the number to rank. Anything else starts empty.
 */
export function fitDraft(settings: VoteSettings, targets: readonly string[], draft: Ballot | null): Ballot {
  if (!draft || draft.kind !== settings.kind) return emptyDraft(settings.kind);
  const known = new Set(choosable(settings, targets));
  switch (draft.kind) {
    case 'dots': {
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
    case 'rank': {
      const order = [...new Set(draft.order)].filter((id) => known.has(id));
      return { kind: 'rank', order: order.slice(0, rankExpected(settings, targets)) };
    }
    case 'score': {
      const ids = new Set(criteriaOf(settings).map((c) => c.id));
      const scores: Record<string, Record<string, number>> = {};
      for (const [id, given] of Object.entries(draft.scores)) {
        if (!known.has(id)) continue;
        const kept = Object.fromEntries(Object.entries(given).filter(([c]) => ids.has(c)));
        if (Object.keys(kept).length > 0) scores[id] = kept;
      }
      return { kind: 'score', scores };
    }
    case 'poll': {
      const choices = [...new Set(draft.choices)].filter((id) => known.has(id));
      return { kind: 'poll', choices: settings.multiple ? choices : choices.slice(0, 1) };
    }
    case 'status': {
      const ratings = Object.fromEntries(Object.entries(draft.ratings).filter(([id]) => known.has(id)));
      return { kind: 'status', ratings };
    }
    default: {
      const unreachable: never = draft;
      return unreachable;
    }
  }
}

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

/** Picks a poll option: replaces the choice of a single-choice poll, toggles it in a multiple one. */
export function togglePoll(settings: VoteSettings, draft: PollDraft, id: string): PollDraft {
  if (!settings.multiple) return { kind: 'poll', choices: [id] };
  const choices = draft.choices.includes(id) ? draft.choices.filter((c) => c !== id) : [...draft.choices, id];
  return { kind: 'poll', choices };
}

/** Rates one past priority. */
export function setRating(draft: StatusDraft, id: string, rating: StatusRating): StatusDraft {
  return { kind: 'status', ratings: { ...draft.ratings, [id]: rating } };
}

/** Whether a value read from storage is a ballot-shaped draft; its content is fitted afterwards. */
export function isBallotLike(v: unknown): v is Ballot {
  if (typeof v !== 'object' || v === null || !('kind' in v)) return false;
  const b = v as Record<string, unknown>;
  const isRecord = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);
  const isIds = (x: unknown) => Array.isArray(x) && x.every((id) => typeof id === 'string');
  switch (b.kind) {
    case 'dots':
      return isRecord(b.allocations) && Object.values(b.allocations as object).every(Number.isInteger);
    case 'rank':
      return isIds(b.order);
    case 'score':
      return (
        isRecord(b.scores) &&
        Object.values(b.scores as object).every(
          (s) =>
            isRecord(s) && Object.values(s as object).every((n) => Number.isInteger(n) && n >= 1 && n <= 5),
        )
      );
    case 'poll':
      return isIds(b.choices);
    case 'status':
      return (
        isRecord(b.ratings) &&
        Object.values(b.ratings as object).every((r) => (STATUS_RATINGS as readonly unknown[]).includes(r))
      );
    default:
      return false;
  }
}
