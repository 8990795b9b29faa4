import type { KindResultOf } from '@majlis/shared';
import type { ConsoleResultProps } from '../resultsPart';
import { VoteMatrix } from './VoteMatrix';
import { VoteScoreTable } from './VoteScoreTable';

/** A score vote's result in the console: the table of means and totals, and the matrix beside it. */
export function VoteScoreResult({ result, labelOf }: ConsoleResultProps<KindResultOf<'score'>>) {
  return (
    <div className="vote-score">
      <VoteScoreTable result={result} labelOf={labelOf} />
      <VoteMatrix result={result} labelOf={labelOf} />
    </div>
  );
}
