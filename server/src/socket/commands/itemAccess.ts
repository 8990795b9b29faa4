import {
  ErrorCode,
  fail,
  findItem,
  findStage,
  hasItem,
  type ItemView,
  ok,
  type Result,
  type StageView,
} from '@majlis/shared';
import type * as Y from 'yjs';
import type { ItemAuthorship } from '../../items/ItemAuthorship.js';
import type { PrincipalFor } from '../CommandContext.js';

/**
 * Whether `principal` may change `itemId` now: a facilitator always may; a participant only their
 * own idea (as the server's authorship says: the doc does not name authors), on an open list stage
 * that is not locked. Someone else's idea is refused before any list is read.
 */
export function checkItemWrite(
  doc: Y.Doc,
  authorship: ItemAuthorship,
  principal: PrincipalFor<'item:update' | 'item:withdraw'>,
  itemId: string,
): Result<{ item: ItemView; stage: StageView }> {
  const notFound = fail<never>(ErrorCode.notFound, 'No such idea in this workshop.');
  if (!hasItem(doc, itemId)) return notFound;
  if (principal.role === 'participant' && authorship.authorOf(itemId) !== principal.participant.id)
    return fail(ErrorCode.forbidden, 'You can only change your own ideas.');
  const item = findItem(doc, itemId);
  const stage = item ? findStage(doc, item.stageId) : undefined;
  if (!item || !stage) return notFound;
  if (principal.role === 'facilitator') return ok({ item, stage });
  const open = checkListOpen(stage);
  return open.ok ? ok({ item, stage }) : open;
}

/** Whether a list stage takes ideas and edits from participants now. */
export function checkListOpen(stage: StageView): Result<StageView> {
  if (stage.kind !== 'list') return fail(ErrorCode.wrongStageKind, 'Ideas belong to list stages.');
  if (stage.state !== 'open') return fail(ErrorCode.stageClosed, 'This stage is not open for ideas.');
  if (stage.locked) return fail(ErrorCode.listLocked, 'The facilitator has locked this list.');
  return ok(stage);
}
