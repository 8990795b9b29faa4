/**
 * The ballot parts of the vote kinds: the phone's one registry of them. A kind missing here, or a
 * part missing from a kind, does not compile (and ballots.test.ts checks the same at run time).
 *
 * Each screen has its own registry of its part of the kinds (ballots here, settingsParts.ts for the
 * console, resultsParts.ts for the results) rather than one object holding every part: each screen's
 * bundle then holds only its own parts, and a phone never downloads the console's settings editor.
 */
import type { VoteKind } from '@majlis/shared';
import { approvalBallotPart } from './approval/ballot';
import type { BallotPart, BallotParts } from './ballotPart';
import { dotsBallotPart } from './dots/ballot';
import { pollBallotPart } from './poll/ballot';
import { rankBallotPart } from './rank/ballot';
import { scoreBallotPart } from './score/ballot';
import { statusBallotPart } from './status/ballot';

export const BALLOT_PARTS = {
  dots: dotsBallotPart,
  rank: rankBallotPart,
  score: scoreBallotPart,
  poll: pollBallotPart,
  status: statusBallotPart,
  approval: approvalBallotPart,
} as const satisfies BallotParts;

/** The ballot part of one kind, typed with that kind's ballot. */
export function ballotPartOf<K extends VoteKind>(kind: K): BallotPart<K> {
  const parts: BallotParts = BALLOT_PARTS;
  return parts[kind];
}
