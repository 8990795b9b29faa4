/** A poll ballot being filled in: one of the stage's own options, or several when the poll allows. */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
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

/** A poll: the stage's own options as cards, radios for one choice, checkboxes for several. */
export function PollBallot({ settings, draft, question, onChange }: BallotProps<'poll'>) {
  const { t } = useI18n();
  const name = useId();
  const multiple = settings.multiple === true;
  return (
    <fieldset className="choice-group ballot-poll">
      <legend className="visually-hidden">
        {question} · {multiple ? t('ballot.how.pollMany') : t('ballot.how.pollOne')}
      </legend>
      {(settings.options ?? []).map((option) => (
        <label key={option.id} className="choice ballot-choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={option.id}
            checked={draft.choices.includes(option.id)}
            onChange={() => onChange(togglePoll(settings, draft, option.id))}
          />
          <span className="choice__title" dir="auto">
            {option.label}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** One's poll ballot read back: the options chosen. */
export function PollBallotLines({ ballot, labelOf }: BallotLinesProps<'poll'>) {
  return (
    <ul className="summary-list">
      {ballot.choices.map((id) => (
        <li key={id} className="summary-row">
          <span aria-hidden="true">✓</span>
          <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
        </li>
      ))}
    </ul>
  );
}

/** A poll on the phone: the options as radios, or checkboxes when several may be chosen. */
export const pollBallotPart = {
  Ballot: PollBallot,
  SummaryLines: PollBallotLines,
  emptyDraft: () => ({ kind: 'poll', choices: [] }),
  isShaped: isPollShaped,
  fit: fitPoll,
  progress: pollProgress,
  problem: pollProblem,
  problemText: (t, problem: PollProblem) =>
    problem.code === 'pollOne' ? t('ballot.problem.pollOne') : t('ballot.problem.pollNone'),
  // The choices as a set.
  canonical: (ballot) => [...ballot.choices].sort(),
  how: (t, settings) => (settings.multiple ? t('ballot.how.pollMany') : t('ballot.how.pollOne')),
  meter: (t, settings, _draft, { done }) =>
    settings.multiple ? t('ballot.progress.pollMany', { n: done }) : '',
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'poll'>;
