/** A status check in the settings form: it has no fields of its own, only its ballots to read. */
import type { BallotOf } from '@majlis/shared';
import type { BallotWords } from '../settingsPart';

/** "Clean water: off track". */
export function statusBallotLines(ballot: BallotOf<'status'>, words: BallotWords): string[] {
  return Object.entries(ballot.ratings).map(([id, r]) => `${words.labelOf(id)}: ${words.rating(r)}`);
}
