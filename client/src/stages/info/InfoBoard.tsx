import { BoardCalm } from '../../boardKit/BoardCalm';
import { translate } from '../../i18n/translate';
import type { BoardStageProps } from '../stageParts';

/** An information stage: the room listens; the board stays calm under the heading. */
export function InfoBoard({ locale }: BoardStageProps) {
  return <BoardCalm icon="clock" title={translate(locale, 'board.info')} />;
}
