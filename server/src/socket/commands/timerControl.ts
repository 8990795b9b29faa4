import { applyTimerAction, ErrorCode, fail, findStage, ok, setStageTimer } from '@majlis/shared';
import type { CommandHandler } from '../CommandContext.js';

/** Timers run on the server's clock: it alone writes `endsAt`, and clients correct for their skew. */
export const timerControl: CommandHandler<'timer:control'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const stage = findStage(room.doc, payload.stageId);
  if (!stage) return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  const now = ctx.clock.now();
  const timer = applyTimerAction(stage.timer, payload.action, now, payload.durationMs);
  await room.change((doc) => setStageTimer(doc, stage.id, timer));
  return ok({ timer, now });
};
