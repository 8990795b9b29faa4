/** An approval vote in the settings form: it has no fields of its own, only its ballots to read. */

import type { BallotOf } from '@majlis/shared';
import { noFieldsSettings } from '../common/settingsNoFields';
import type { BallotWords, SettingsPart } from '../settingsPart';

/** The items approved, one a line; a dash for a ballot that approves none of them. */
export function approvalBallotLines(ballot: BallotOf<'approval'>, words: BallotWords): string[] {
  return ballot.approved.length === 0 ? ['–'] : ballot.approved.map(words.labelOf);
}

/** An approval vote has nothing to set beyond what every vote has. */
export const approvalSettingsPart = {
  ...noFieldsSettings,
  ballotLines: approvalBallotLines,
} satisfies SettingsPart<'approval', object>;
