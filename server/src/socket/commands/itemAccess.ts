import {
  ErrorCode,
  fail,
  findItem,
  findStage,
  type ItemView,
  ok,
  type Result,
  type StageView,
} from '@majlis/shared';
import type * as Y from 'yjs';
import type { Principal } from '../../auth/credentials.js';

/**
 * Whether `principal` may change `itemId` now: a facilitator always may; a participant only their
 * own idea, on an open list stage that is not locked.
 */
export function checkItemWrite(
  doc: Y.Doc,
  principal: Principal,
  itemId: string,
): Result<{ item: ItemView; stage: StageView }> {
  if (principal.role === 'board' || principal.role === 'scribe')
    return fail(ErrorCode.forbidden, 'This link cannot change ideas.');
  const item = findItem(doc, itemId);
  const stage = item ? findStage(doc, item.stageId) : undefined;
  if (!item || !stage) return fail(ErrorCode.notFound, 'No such idea in this workshop.');
  if (principal.role === 'facilitator') return ok({ item, stage });
  if (item.authorId !== principal.participant.id)
    return fail(ErrorCode.forbidden, 'You can only change your own ideas.');
  return checkListOpen(stage).ok ? ok({ item, stage }) : (checkListOpen(stage) as Result<never>);
}

/** Whether a list stage takes ideas and edits from participants now. */
export function checkListOpen(stage: StageView): Result<StageView> {
  if (stage.kind !== 'list') return fail(ErrorCode.wrongStageKind, 'Ideas belong to list stages.');
  if (stage.state !== 'open') return fail(ErrorCode.stageClosed, 'This stage is not open for ideas.');
  if (stage.locked) return fail(ErrorCode.listLocked, 'The facilitator has locked this list.');
  return ok(stage);
}
