/**
 * What the phone says about a draft before it is sent: how far along it is, what still stops it
 * from counting (in terms the participant can act on), and whether it differs from the stored one.
 * The last word is `validateBallot` from @majlis/shared, the same check the server runs.
 */
import { type Ballot, criteriaOf, type VoteSettings, validateBallot } from '@majlis/shared';
import { dotsSpent, rankExpected } from './ballotDraft';

/** Why a draft cannot be sent yet. Each has its own sentence on the phone. */
export type BallotProblem =
  | { readonly code: 'dotsNone' }
  | { readonly code: 'dotsOver'; readonly budget: number }
  | { readonly code: 'dotsCap'; readonly cap: number }
  | { readonly code: 'rankCount'; readonly expected: number; readonly have: number }
  | { readonly code: 'scoreNone' }
  | { readonly code: 'scorePartial'; readonly itemId: string }
  | { readonly code: 'pollNone' }
  | { readonly code: 'pollOne' }
  | { readonly code: 'statusNone' }
  /** Something only the shared validation caught (the vote changed under the draft, say). */
  | { readonly code: 'invalid'; readonly serverCode: string };

/** The first thing standing between this draft and a valid ballot, or null when it can be sent. */
export function ballotProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: Ballot,
): BallotProblem | null {
  switch (draft.kind) {
    case 'dots': {
      const spent = dotsSpent(draft);
      if (spent === 0) return { code: 'dotsNone' };
      if (spent > (settings.budget ?? 0)) return { code: 'dotsOver', budget: settings.budget ?? 0 };
      const cap = settings.maxPerItem;
      if (cap !== undefined && Object.values(draft.allocations).some((n) => n > cap))
        return { code: 'dotsCap', cap };
      break;
    }
    case 'rank': {
      const expected = rankExpected(settings, targets);
      if (draft.order.length !== expected) return { code: 'rankCount', expected, have: draft.order.length };
      break;
    }
    case 'score': {
      const ids = criteriaOf(settings).map((c) => c.id);
      // Items in target order, so the problem named is the first one on the screen.
      const partial = targets.find((id) => {
        const given = draft.scores[id];
        return given !== undefined && ids.some((c) => given[c] === undefined);
      });
      if (partial !== undefined) return { code: 'scorePartial', itemId: partial };
      if (Object.keys(draft.scores).length === 0) return { code: 'scoreNone' };
      break;
    }
    case 'poll':
      if (draft.choices.length === 0) return { code: 'pollNone' };
      if (!settings.multiple && draft.choices.length > 1) return { code: 'pollOne' };
      break;
    case 'status':
      if (Object.keys(draft.ratings).length === 0) return { code: 'statusNone' };
      break;
    default: {
      const unreachable: never = draft;
      return unreachable;
    }
  }
  const checked = validateBallot(settings, targets, draft);
  return checked.ok ? null : { code: 'invalid', serverCode: checked.error.code };
}

/** How much of the ballot is filled in, for the line above the submit button. */
export interface BallotProgress {
  /** Dots placed, items ranked, scored or rated, options chosen. */
  readonly done: number;
  /** Budget, number to rank, or items to score or rate; for a poll, 1 (or the options when several). */
  readonly of: number;
}

export function ballotProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: Ballot,
): BallotProgress {
  switch (draft.kind) {
    case 'dots':
      return { done: dotsSpent(draft), of: settings.budget ?? 0 };
    case 'rank':
      return { done: draft.order.length, of: rankExpected(settings, targets) };
    case 'score': {
      const ids = criteriaOf(settings).map((c) => c.id);
      const complete = targets.filter((id) => ids.every((c) => draft.scores[id]?.[c] !== undefined));
      return { done: complete.length, of: targets.length };
    }
    case 'poll':
      return { done: draft.choices.length, of: settings.multiple ? (settings.options?.length ?? 0) : 1 };
    case 'status':
      return { done: Object.keys(draft.ratings).length, of: targets.length };
    default: {
      const unreachable: never = draft;
      return unreachable;
    }
  }
}

/** A ballot in one canonical text: zero dots dropped, keys sorted, choices as a set. */
function canonical(ballot: Ballot): string {
  const sorted = (r: Record<string, unknown>) =>
    Object.keys(r)
      .sort()
      .map((k) => [k, r[k]]);
  switch (ballot.kind) {
    case 'dots':
      return JSON.stringify(['dots', sorted(ballot.allocations).filter(([, n]) => n !== 0)]);
    case 'rank':
      return JSON.stringify(['rank', ballot.order]);
    case 'score':
      return JSON.stringify([
        'score',
        sorted(ballot.scores).map(([k, s]) => [k, sorted(s as Record<string, unknown>)]),
      ]);
    case 'poll':
      return JSON.stringify(['poll', [...ballot.choices].sort()]);
    case 'status':
      return JSON.stringify(['status', sorted(ballot.ratings)]);
    default: {
      const unreachable: never = ballot;
      return unreachable;
    }
  }
}

/** Whether two ballots say the same thing (an edit undone by hand is not a change). */
export function sameBallot(a: Ballot | null | undefined, b: Ballot | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return canonical(a) === canonical(b);
}
