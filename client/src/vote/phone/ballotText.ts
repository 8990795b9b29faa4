/**
 * The sentences of the ballot screen: what to do, how far along the draft is, what stops it, and
 * why the server refused it. Kept apart from the components so every kind reads the same way; each
 * kind's own sentences are in its ballot part (vote/kinds/<kind>/ballot.tsx).
 */
import type { Ballot, Locale, VoteKind, VoteSettings } from '@majlis/shared';
import type { FetchError } from '../../api/apiFetch';
import { errorMessage, type Translate } from '../../i18n/translate';
import type { BallotProblem } from '../kinds/ballotPart';
import { ballotPartOf } from '../kinds/ballots';
import { ballotProgress } from './ballotCheck';

/** What the room is asked to do, above the ballot. */
export function ballotHow(t: Translate, settings: VoteSettings, targets: readonly string[]): string {
  return ballotPartOf(settings.kind).how(t, settings, targets);
}

/** The line above the button: budget left, or how many are done. */
export function ballotMeter(t: Translate, settings: VoteSettings, targets: readonly string[], draft: Ballot) {
  return ballotPartOf(draft.kind).meter(t, settings, draft, ballotProgress(settings, targets, draft));
}

/** Why a draft of a `kind` vote cannot be sent yet, in words the participant can act on. */
export function problemText(
  t: Translate,
  kind: VoteKind,
  problem: BallotProblem,
  labelOf: (id: string) => string,
): string {
  return problem.code === 'invalid'
    ? t('ballot.problem.invalid')
    : ballotPartOf(kind).problemText(t, problem, labelOf);
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

/** Made once per language: building a formatter costs far more than using one. */
const CLOCKS: Record<Locale, Intl.DateTimeFormat> = {
  ar: new Intl.DateTimeFormat('ar-JO-u-nu-latn', { hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};

/** A server time as the phone's clock shows it, Western digits in both languages. */
export function clockTime(at: number, lang: Locale): string {
  return CLOCKS[lang].format(at);
}
