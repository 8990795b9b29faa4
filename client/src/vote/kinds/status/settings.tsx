/** A status check in the settings form: it has no fields of its own, only its ballots to read. */

import type { BallotOf } from '@majlis/shared';
import { noFieldsSettings } from '../common/settingsNoFields';
import type { BallotWords, SettingsPart } from '../settingsPart';

/** "Clean water: off track". */
export function statusBallotLines(ballot: BallotOf<'status'>, words: BallotWords): string[] {
  return Object.entries(ballot.ratings).map(([id, r]) => `${words.labelOf(id)}: ${words.rating(r)}`);
}

/** A status check has nothing to set beyond what every vote has. */
export const statusSettingsPart = {
  ...noFieldsSettings,
  ballotLines: statusBallotLines,
} satisfies SettingsPart<'status', object>;
