import type { KindResult, StageView } from '@majlis/shared';
import { VoteMatrix } from './VoteMatrix';
import { VoteRankedBars } from './VoteRankedBars';
import { VoteScoreTable } from './VoteScoreTable';
import { VoteStatusTable } from './VoteStatusTable';

interface Props {
  readonly result: KindResult;
  readonly labelOf: (id: string) => string;
  readonly voters: number;
  readonly cut: { readonly n: number; readonly stage: StageView } | null;
}

/** The overall result drawn the way its kind reads best. */
export function VoteKindResult({ result, labelOf, voters, cut }: Props) {
  switch (result.kind) {
    case 'dots':
    case 'rank':
    case 'poll':
      return <VoteRankedBars result={result} labelOf={labelOf} voters={voters} cut={cut} />;
    case 'score':
      return (
        <div className="vote-score">
          <VoteScoreTable result={result} labelOf={labelOf} />
          <VoteMatrix result={result} labelOf={labelOf} />
        </div>
      );
    case 'status':
      return <VoteStatusTable result={result} labelOf={labelOf} />;
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}
