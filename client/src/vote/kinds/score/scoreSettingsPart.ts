import type { SettingsPart } from '../settingsPart';
import { ScoreSettings } from './ScoreSettings';
import {
  type ScoreDraft,
  scoreBallotLines,
  scoreDraftFrom,
  scoreProblemAt,
  scoreSettingsFrom,
  scoreSummary,
} from './scoreSettings';

export const scoreSettingsPart = {
  ownOptions: false,
  draftFrom: scoreDraftFrom,
  Fields: ScoreSettings,
  settingsFrom: scoreSettingsFrom,
  problemAt: scoreProblemAt,
  summary: (settings, _t, lang) => scoreSummary(settings, lang),
  ballotLines: scoreBallotLines,
} satisfies SettingsPart<'score', ScoreDraft>;
