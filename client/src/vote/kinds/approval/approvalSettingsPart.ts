import type { SettingsPart } from '../settingsPart';
import { approvalBallotLines } from './approvalSettings';

/** An approval vote has nothing to set beyond what every vote has. */
export const approvalSettingsPart = {
  ownOptions: false,
  draftFrom: () => ({}),
  Fields: null,
  settingsFrom: () => ({}),
  problemAt: () => undefined,
  summary: () => '',
  ballotLines: approvalBallotLines,
} satisfies SettingsPart<'approval', object>;
