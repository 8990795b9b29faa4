import type { BallotPart } from '../ballotPart';
import { ScoreBallot } from './ScoreBallot';
import { ScoreBallotLines } from './ScoreBallotLines';
import {
  fitScore,
  isScoreShaped,
  type ScoreProblem,
  scoreCanonical,
  scoreProblem,
  scoreProgress,
} from './scoreBallot';

/** Scoring on the phone (a 2×2 matrix too): a 1–5 row per criterion for each item. */
export const scoreBallotPart = {
  Ballot: ScoreBallot,
  SummaryLines: ScoreBallotLines,
  emptyDraft: () => ({ kind: 'score', scores: {} }),
  isShaped: isScoreShaped,
  fit: fitScore,
  progress: scoreProgress,
  problem: scoreProblem,
  problemText: (t, problem: ScoreProblem, labelOf) =>
    problem.code === 'scorePartial'
      ? t('ballot.problem.scorePartial', { title: labelOf(problem.itemId) })
      : t('ballot.problem.scoreNone'),
  canonical: scoreCanonical,
  how: (t) => t('ballot.how.score'),
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.score', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'score'>;
