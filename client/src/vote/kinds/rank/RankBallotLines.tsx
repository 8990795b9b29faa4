import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';

/** One's rank ballot read back: the order. */
export function RankBallotLines({ ballot, labelOf }: BallotLinesProps<'rank'>) {
  return (
    <ol className="summary-list">
      {ballot.order.map((id, i) => (
        <li key={id} className="summary-row">
          <span className="summary-row__n mono">{i + 1}</span>
          <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
        </li>
      ))}
    </ol>
  );
}
