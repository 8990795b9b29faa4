/**
 * The sentences of the ballot screen: what to do, how far along the draft is, what stops it, and
 * why the server refused it. Kept apart from the components so every kind reads the same way.
 */
import type { Ballot, Locale, VoteSettings } from '@majlis/shared';
import type { FetchError } from '../api/apiFetch';
import { errorMessage, type Translate } from '../i18n/translate';
import type { BallotProblem } from './ballotCheck';
import { ballotProgress } from './ballotCheck';
import { dotsLeft, rankExpected } from './ballotDraft';

/** What the room is asked to do, above the ballot. */
export function ballotHow(t: Translate, settings: VoteSettings, targets: readonly string[]): string {
  switch (settings.kind) {
    case 'dots':
      return settings.maxPerItem !== undefined
        ? t('ballot.how.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
        : t('ballot.how.dots', { budget: settings.budget ?? 0 });
    case 'rank': {
      const n = rankExpected(settings, targets);
      return n < targets.length ? t('ballot.how.rankTop', { n }) : t('ballot.how.rankAll', { n });
    }
    case 'score':
      return t('ballot.how.score');
    case 'poll':
      return settings.multiple ? t('ballot.how.pollMany') : t('ballot.how.pollOne');
    case 'status':
      return t('ballot.how.status');
    default: {
      const unreachable: never = settings.kind;
      return unreachable;
    }
  }
}

/** The line above the button: budget left, or how many are done. */
export function ballotMeter(t: Translate, settings: VoteSettings, targets: readonly string[], draft: Ballot) {
  const { done, of } = ballotProgress(settings, targets, draft);
  switch (draft.kind) {
    case 'dots':
      return t('ballot.left.dots', { n: dotsLeft(settings, draft), budget: of });
    case 'rank':
      return t('ballot.progress.rank', { n: done, of });
    case 'score':
      return t('ballot.progress.score', { n: done, of });
    case 'poll':
      return settings.multiple ? t('ballot.progress.pollMany', { n: done }) : '';
    case 'status':
      return t('ballot.progress.status', { n: done, of });
    default: {
      const unreachable: never = draft;
      return unreachable;
    }
  }
}

/** Why the draft cannot be sent yet, in words the participant can act on. */
export function problemText(t: Translate, problem: BallotProblem, labelOf: (id: string) => string): string {
  switch (problem.code) {
    case 'dotsNone':
      return t('ballot.problem.dotsNone');
    case 'dotsOver':
      return t('ballot.problem.dotsOver', { budget: problem.budget });
    case 'dotsCap':
      return t('ballot.problem.dotsCap', { cap: problem.cap });
    case 'rankCount':
      return t('ballot.problem.rankCount', { expected: problem.expected, have: problem.have });
    case 'scoreNone':
      return t('ballot.problem.scoreNone');
    case 'scorePartial':
      return t('ballot.problem.scorePartial', { title: labelOf(problem.itemId) });
    case 'pollNone':
      return t('ballot.problem.pollNone');
    case 'pollOne':
      return t('ballot.problem.pollOne');
    case 'statusNone':
      return t('ballot.problem.statusNone');
    case 'invalid':
      return t('ballot.problem.invalid');
    default: {
      const unreachable: never = problem;
      return unreachable;
    }
  }
}

/** Why the server did not count a ballot. `kept`: an earlier ballot of this phone still counts. */
export function refusalReason(
  t: Translate,
  error: { readonly code: string; readonly message: string },
  kept: boolean,
): string {
  switch (error.code) {
    case 'vote_closed':
      return kept ? t('ballot.refused.closedKept') : t('ballot.refused.closed');
    case 'not_eligible':
      return t('ballot.refused.notEligible');
    case 'over_budget':
    case 'over_cap':
    case 'unknown_item':
    case 'bad_request':
      return t('ballot.refused.changed');
    case 'not_found':
    case 'wrong_stage_kind':
    case 'vote_not_configured':
      return t('ballot.refused.gone');
    default:
      return errorMessage(t, error as FetchError);
  }
}

/** A server time as the phone's clock shows it, Western digits in both languages. */
export function clockTime(at: number, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-JO-u-nu-latn' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
