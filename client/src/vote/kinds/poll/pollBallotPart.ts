import type { BallotPart } from '../ballotPart';
import { PollBallot } from './PollBallot';
import { PollBallotLines } from './PollBallotLines';
import { fitPoll, isPollShaped, type PollProblem, pollProblem, pollProgress } from './pollBallot';

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
