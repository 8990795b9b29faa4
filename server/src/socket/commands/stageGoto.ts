import { ErrorCode, fail, ok, setCurrentStage } from '@majlis/shared';
import type { CommandHandler } from '../CommandContext.js';

export const stageGoto: CommandHandler<'stage:goto'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const moved = await room.change((doc) => setCurrentStage(doc, payload.stageId));
  if (!moved) return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  return ok({ stageId: payload.stageId });
};
