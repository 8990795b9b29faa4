import type { SettingsPart } from '../settingsPart';
import { DotsSettings } from './DotsSettings';
import {
  type DotsDraft,
  dotsBallotLines,
  dotsDraftFrom,
  dotsProblemAt,
  dotsSettingsFrom,
  dotsSummary,
} from './dotsSettings';

export const dotsSettingsPart = {
  ownOptions: false,
  draftFrom: dotsDraftFrom,
  Fields: DotsSettings,
  settingsFrom: dotsSettingsFrom,
  problemAt: dotsProblemAt,
  summary: dotsSummary,
  ballotLines: dotsBallotLines,
} satisfies SettingsPart<'dots', DotsDraft>;
