import type { Ballot, VoteSettings } from '@majlis/shared';
import { ballotPartOf } from '../kinds/ballots';

interface Props {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly ballot: Ballot;
  readonly labelOf: (id: string) => string;
}

/** The lines of one's ballot, in the kind's terms: dots per item, the order, scores, choices, ratings. */
export function BallotSummaryLines(props: Props) {
  const { SummaryLines } = ballotPartOf(props.ballot.kind);
  return <SummaryLines {...props} />;
}
