import type { Ballot, VoteSettings } from '@majlis/shared';
import { ballotPartOf } from '../kinds/ballots';

interface Props {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly draft: Ballot;
  readonly labelOf: (id: string) => string;
  /** The stage title, naming the poll's question for screen readers. */
  readonly question: string;
  readonly onChange: (draft: Ballot) => void;
}

/** The ballot of the vote's kind. */
export function BallotEditor(props: Props) {
  const { Ballot: KindBallot } = ballotPartOf(props.draft.kind);
  return <KindBallot {...props} />;
}
