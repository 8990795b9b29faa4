import { noFieldsSettings } from '../common/settingsNoFields';
import type { SettingsPart } from '../settingsPart';
import { statusBallotLines } from './statusSettings';

/** A status check has nothing to set beyond what every vote has. */
export const statusSettingsPart = {
  ...noFieldsSettings,
  ballotLines: statusBallotLines,
} satisfies SettingsPart<'status', object>;
