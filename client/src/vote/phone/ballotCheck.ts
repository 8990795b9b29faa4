/**
 * What the phone says about a draft before it is sent: how far along it is, what still stops it
 * from counting (in terms the participant can act on), and whether it differs from the stored one.
 * Each kind's own checks are its ballot part's; the last word is `validateBallot` from
 * @majlis/shared, the same check the server runs.
 */
import { type Ballot, type VoteSettings, validateBallot } from '@majlis/shared';
import type { BallotProblem, BallotProgress } from '../kinds/ballotPart';
import { ballotPartOf } from '../kinds/ballots';

/**
 * Something only the shared validation caught (the vote changed under the draft, say). Its code is
 * the phone's own, never a kind's.
 */
export interface InvalidBallot extends BallotProblem {
  readonly code: 'invalid';
  readonly serverCode: string;
}

/** The first thing standing between this draft and a valid ballot, or null when it can be sent. */
export function ballotProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: Ballot,
): BallotProblem | null {
  const own = ballotPartOf(draft.kind).problem(settings, targets, draft);
  if (own) return own;
  const checked = validateBallot(settings, targets, draft);
  if (checked.ok) return null;
  const invalid: InvalidBallot = { code: 'invalid', serverCode: checked.error.code };
  return invalid;
}

export function ballotProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: Ballot,
): BallotProgress {
  return ballotPartOf(draft.kind).progress(settings, targets, draft);
}

/** Whether two ballots say the same thing (an edit undone by hand is not a change). */
export function sameBallot(a: Ballot | null | undefined, b: Ballot | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return canonical(a) === canonical(b);
}

/** A ballot in one canonical text: zero dots dropped, keys sorted, choices as a set. */
function canonical(ballot: Ballot): string {
  return JSON.stringify([ballot.kind, ballotPartOf(ballot.kind).canonical(ballot)]);
}
