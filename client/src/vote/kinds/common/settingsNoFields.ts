import type { SettingsPart } from '../settingsPart';

/**
 * The settings part of a kind with nothing to set beyond what every vote has (a status review, an
 * approval vote): no fields, nothing in the summary. The kind adds only how its ballots read.
 */
export const noFieldsSettings = {
  ownOptions: false,
  draftFrom: () => ({}),
  Fields: null,
  settingsFrom: () => ({}),
  problemAt: () => undefined,
  summary: () => '',
} as const satisfies Omit<SettingsPart<never, object>, 'ballotLines'>;
