import { noFieldsSettings } from '../common/settingsNoFields';
import type { SettingsPart } from '../settingsPart';
import { approvalBallotLines } from './approvalSettings';

/** An approval vote has nothing to set beyond what every vote has. */
export const approvalSettingsPart = {
  ...noFieldsSettings,
  ballotLines: approvalBallotLines,
} satisfies SettingsPart<'approval', object>;
