import type { BallotPart } from '../ballotPart';
import { DotsBallot } from './DotsBallot';
import { DotsBallotLines } from './DotsBallotLines';
import {
  type DotsProblem,
  dotsCanonical,
  dotsLeft,
  dotsProblem,
  dotsProgress,
  dotsSpent,
  fitDots,
  isDotsShaped,
} from './dotsBallot';

/** Dot voting on the phone: a stepper per item, the budget left beside the button. */
export const dotsBallotPart = {
  Ballot: DotsBallot,
  SummaryLines: DotsBallotLines,
  emptyDraft: () => ({ kind: 'dots', allocations: {} }),
  isShaped: isDotsShaped,
  fit: fitDots,
  progress: dotsProgress,
  problem: dotsProblem,
  problemText: (t, problem: DotsProblem) => {
    switch (problem.code) {
      case 'dotsNone':
        return t('ballot.problem.dotsNone');
      case 'dotsOver':
        return t('ballot.problem.dotsOver', { budget: problem.budget });
      case 'dotsCap':
        return t('ballot.problem.dotsCap', { cap: problem.cap });
      default: {
        const unreachable: never = problem;
        return unreachable;
      }
    }
  },
  canonical: dotsCanonical,
  how: (t, settings) =>
    settings.maxPerItem !== undefined
      ? t('ballot.how.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
      : t('ballot.how.dots', { budget: settings.budget ?? 0 }),
  meter: (t, settings, draft, { of }) => t('ballot.left.dots', { n: dotsLeft(settings, draft), budget: of }),
  meterPips: (settings, draft) => {
    const budget = settings.budget ?? 0;
    return budget <= 20 ? { n: budget - dotsSpent(draft), of: budget } : null;
  },
  sendText: () => null,
} satisfies BallotPart<'dots'>;
