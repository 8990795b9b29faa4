import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';

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
