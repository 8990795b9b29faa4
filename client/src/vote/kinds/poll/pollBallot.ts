/** A poll ballot being filled in: one of the stage's own options, or several when the poll allows. */
import type { BallotOf, VoteSettings } from '@majlis/shared';
import type { BallotProgress } from '../ballotPart';
import { isIds } from '../common/ballotShape';

export type PollDraft = BallotOf<'poll'>;

/** Why a poll ballot cannot be sent yet. */
export type PollProblem = { readonly code: 'pollNone' } | { readonly code: 'pollOne' };

/** Picks a poll option: replaces the choice of a single-choice poll, toggles it in a multiple one. */
export function togglePoll(settings: VoteSettings, draft: PollDraft, id: string): PollDraft {
  if (!settings.multiple) return { kind: 'poll', choices: [id] };
  const choices = draft.choices.includes(id) ? draft.choices.filter((c) => c !== id) : [...draft.choices, id];
  return { kind: 'poll', choices };
}

/** Whether a stored value has a poll ballot's shape. */
export function isPollShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isIds(b.choices);
}

/** Kept choices among the poll's options (not the vote's targets), one unless several are allowed. */
export function fitPoll(settings: VoteSettings, _targets: readonly string[], draft: PollDraft): PollDraft {
  const known = new Set((settings.options ?? []).map((o) => o.id));
  const choices = [...new Set(draft.choices)].filter((id) => known.has(id));
  return { kind: 'poll', choices: settings.multiple ? choices : choices.slice(0, 1) };
}

export function pollProgress(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: PollDraft,
): BallotProgress {
  return { done: draft.choices.length, of: settings.multiple ? (settings.options?.length ?? 0) : 1 };
}

export function pollProblem(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: PollDraft,
): PollProblem | null {
  if (draft.choices.length === 0) return { code: 'pollNone' };
  if (!settings.multiple && draft.choices.length > 1) return { code: 'pollOne' };
  return null;
}
