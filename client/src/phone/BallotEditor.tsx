import type { Ballot, VoteSettings } from '@majlis/shared';
import { BallotDots } from './BallotDots';
import { BallotPoll } from './BallotPoll';
import { BallotRank } from './BallotRank';
import { BallotScore } from './BallotScore';
import { BallotStatus } from './BallotStatus';

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
export function BallotEditor({ settings, targets, draft, labelOf, question, onChange }: Props) {
  const common = { settings, targets, labelOf };
  switch (draft.kind) {
    case 'dots':
      return <BallotDots {...common} draft={draft} onChange={onChange} />;
    case 'rank':
      return <BallotRank {...common} draft={draft} onChange={onChange} />;
    case 'score':
      return <BallotScore {...common} draft={draft} onChange={onChange} />;
    case 'poll':
      return <BallotPoll settings={settings} draft={draft} question={question} onChange={onChange} />;
    case 'status':
      return <BallotStatus targets={targets} draft={draft} labelOf={labelOf} onChange={onChange} />;
    default: {
      const unreachable: never = draft;
      return unreachable;
    }
  }
}
