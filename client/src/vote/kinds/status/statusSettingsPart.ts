import type { SettingsPart } from '../settingsPart';
import { statusBallotLines } from './statusSettings';

/** A status check has nothing to set beyond what every vote has. */
export const statusSettingsPart = {
  ownOptions: false,
  draftFrom: () => ({}),
  Fields: null,
  settingsFrom: () => ({}),
  problemAt: () => undefined,
  summary: () => '',
  ballotLines: statusBallotLines,
} satisfies SettingsPart<'status', object>;
