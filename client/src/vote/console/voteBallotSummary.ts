/** One named ballot as lines a person can read: "Clean water ×3", "1. Parks", "Parks: Impact 4 · Feasibility 2". */
import type { Ballot } from '@majlis/shared';
import type { BallotWords } from '../kinds/settingsPart';
import { settingsPartOf } from '../kinds/settingsParts';

/** The lines of a ballot, biggest allocation first for dots, in the voter's order for a ranking. */
export function ballotLines(ballot: Ballot, words: BallotWords): string[] {
  return settingsPartOf(ballot.kind).ballotLines(ballot, words);
}
