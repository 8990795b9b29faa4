import { BoardVote } from '../../vote/board/BoardVote';
import type { BoardStageProps } from '../stageParts';

/** A vote on the board: what it asks, the turnout while open, the results once revealed. */
export function VoteBoard({ view, stage, locale, presence, byGroup, layoutKey, rotate }: BoardStageProps) {
  return (
    <BoardVote
      view={view}
      stage={stage}
      locale={locale}
      presence={presence}
      byGroup={byGroup ?? false}
      layoutKey={layoutKey}
      rotate={rotate}
    />
  );
}
