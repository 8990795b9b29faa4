/** A poll in the settings form: its own options, and whether one person may choose several. */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { Translate } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/numbers';
import type { BallotWords, DraftProblem, KindSettingsFields } from '../settingsPart';

export interface OptionDraft {
  readonly id: string;
  readonly label: string;
}

export interface PollDraft {
  readonly options: readonly OptionDraft[];
  readonly multiple: boolean;
}

/** The poll's options, or two empty ones to fill in. */
export function pollDraftFrom(settings: VoteSettings | null): PollDraft {
  return {
    options: settings?.options?.map((o) => ({ ...o })) ?? [
      { id: 'o1', label: '' },
      { id: 'o2', label: '' },
    ],
    multiple: settings?.multiple ?? false,
  };
}

export function pollSettingsFrom(draft: PollDraft): KindSettingsFields {
  return { options: draft.options.map((o) => ({ id: o.id, label: o.label })), multiple: draft.multiple };
}

/** An option's label, or the options as a whole (too few, ids that repeat). */
export function pollProblemAt(path: readonly PropertyKey[]): DraftProblem | undefined {
  if (path[0] !== 'options') return undefined;
  return path[2] === 'label' ? 'label' : 'options';
}

/** "3 options, one choice" or "3 options, several choices". */
export function pollSummary(settings: VoteSettings, t: Translate): string {
  return t(settings.multiple ? 'vote.console.summary.pollMany' : 'vote.console.summary.pollOne', {
    n: formatNumber(settings.options?.length ?? 0),
  });
}

/** The options chosen, one a line. */
export function pollBallotLines(ballot: BallotOf<'poll'>, words: BallotWords): string[] {
  return ballot.choices.map(words.labelOf);
}
