import { ErrorCode, fail, ok, setCurrentStage } from '@majlis/shared';
import type { CommandHandler } from '../CommandContext.js';

export const stageGoto: CommandHandler<'stage:goto'> = async (ctx, payload) => {
  if (ctx.principal.role !== 'facilitator')
    return fail(ErrorCode.forbidden, 'Only a facilitator can move the room.');
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const moved = await room.change((doc) => setCurrentStage(doc, payload.stageId));
  if (!moved) return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  return ok({ stageId: payload.stageId });
};
