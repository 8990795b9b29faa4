import type { BallotPart } from '../ballotPart';
import { RankBallot } from './RankBallot';
import { RankBallotLines } from './RankBallotLines';
import {
  fitRank,
  isRankShaped,
  type RankProblem,
  rankExpected,
  rankProblem,
  rankProgress,
} from './rankBallot';

/** Ranking on the phone: tap items in the order they matter, then nudge them up and down. */
export const rankBallotPart = {
  Ballot: RankBallot,
  SummaryLines: RankBallotLines,
  emptyDraft: () => ({ kind: 'rank', order: [] }),
  isShaped: isRankShaped,
  fit: fitRank,
  progress: rankProgress,
  problem: rankProblem,
  problemText: (t, problem: RankProblem) =>
    t('ballot.problem.rankCount', { expected: problem.expected, have: problem.have }),
  canonical: (ballot) => ballot.order,
  how: (t, settings, targets) => {
    const n = rankExpected(settings, targets);
    return n < targets.length ? t('ballot.how.rankTop', { n }) : t('ballot.how.rankAll', { n });
  },
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.rank', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'rank'>;
