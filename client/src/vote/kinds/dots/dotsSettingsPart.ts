import type { SettingsPart } from '../settingsPart';
import { DotsSettings } from './DotsSettings';
import {
  type DotsDraft,
  dotsBallotLines,
  dotsDraftFrom,
  dotsSettingsFrom,
  dotsSummary,
} from './dotsSettings';

export const dotsSettingsPart = {
  ownOptions: false,
  draftFrom: dotsDraftFrom,
  Fields: DotsSettings,
  settingsFrom: dotsSettingsFrom,
  summary: dotsSummary,
  ballotLines: dotsBallotLines,
} satisfies SettingsPart<'dots', DotsDraft>;
