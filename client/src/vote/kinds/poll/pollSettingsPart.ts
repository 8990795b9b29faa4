import type { SettingsPart } from '../settingsPart';
import { PollSettings } from './PollSettings';
import {
  type PollDraft,
  pollBallotLines,
  pollDraftFrom,
  pollProblemAt,
  pollSettingsFrom,
  pollSummary,
} from './pollSettings';

export const pollSettingsPart = {
  ownOptions: true,
  draftFrom: pollDraftFrom,
  Fields: PollSettings,
  settingsFrom: pollSettingsFrom,
  problemAt: pollProblemAt,
  summary: pollSummary,
  ballotLines: pollBallotLines,
} satisfies SettingsPart<'poll', PollDraft>;
