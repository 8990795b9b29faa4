import type { BallotPart } from '../ballotPart';
import { sortedEntries } from '../common/sortedEntries';
import { StatusBallot } from './StatusBallot';
import { StatusBallotLines } from './StatusBallotLines';
import { fitStatus, isStatusShaped, statusProblem, statusProgress } from './statusBallot';

/** A status review on the phone: a row of ratings for each past priority. */
export const statusBallotPart = {
  Ballot: StatusBallot,
  SummaryLines: StatusBallotLines,
  emptyDraft: () => ({ kind: 'status', ratings: {} }),
  isShaped: isStatusShaped,
  fit: fitStatus,
  progress: statusProgress,
  problem: statusProblem,
  problemText: (t) => t('ballot.problem.statusNone'),
  canonical: (ballot) => sortedEntries(ballot.ratings),
  how: (t) => t('ballot.how.status'),
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.status', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'status'>;
