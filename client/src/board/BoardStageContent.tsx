import { BOARD_STAGES } from '../stages/boardStages';
import type { BoardStageProps } from '../stages/stageParts';

/** What fills the board under the heading: the stage kind's own part (stages/<kind>/). */
export function BoardStageContent(props: BoardStageProps) {
  const Stage = BOARD_STAGES[props.stage.kind];
  return <Stage {...props} />;
}
