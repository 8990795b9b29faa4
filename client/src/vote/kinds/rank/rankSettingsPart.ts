import type { SettingsPart } from '../settingsPart';
import { RankSettings } from './RankSettings';
import {
  type RankDraft,
  rankBallotLines,
  rankDraftFrom,
  rankProblemAt,
  rankSettingsFrom,
  rankSummary,
} from './rankSettings';

export const rankSettingsPart = {
  ownOptions: false,
  draftFrom: rankDraftFrom,
  Fields: RankSettings,
  settingsFrom: rankSettingsFrom,
  problemAt: rankProblemAt,
  summary: rankSummary,
  ballotLines: rankBallotLines,
} satisfies SettingsPart<'rank', RankDraft>;
