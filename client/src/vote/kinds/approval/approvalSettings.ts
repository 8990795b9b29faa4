/** An approval vote in the settings form: it has no fields of its own, only its ballots to read. */
import type { BallotOf } from '@majlis/shared';
import type { BallotWords } from '../settingsPart';

/** The items approved, one a line; a dash for a ballot that approves none of them. */
export function approvalBallotLines(ballot: BallotOf<'approval'>, words: BallotWords): string[] {
  return ballot.approved.length === 0 ? ['–'] : ballot.approved.map(words.labelOf);
}
