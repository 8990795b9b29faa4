/** Decisions and action items: recorded by a facilitator or a scribe, read by everyone from the doc. */
import { createHash } from 'node:crypto';
import {
  addOutcome,
  ErrorCode,
  fail,
  findItem,
  findOutcome,
  findStage,
  LIMITS,
  ok,
  outcomeCount,
  type Result,
  removeOutcome,
  updateOutcome,
} from '@majlis/shared';
import type * as Y from 'yjs';
import { randomId } from '../../clock.js';
import type { CommandHandler, PrincipalFor } from '../CommandContext.js';

/** The stage and items an outcome points at must exist in this workshop. */
function checkLinks(doc: Y.Doc, change: { stageId?: string; itemIds?: readonly string[] }): Result<true> {
  if (change.stageId && !findStage(doc, change.stageId))
    return fail(ErrorCode.notFound, 'No such stage in this workshop.');
  for (const itemId of change.itemIds ?? []) {
    if (!findItem(doc, itemId)) return fail(ErrorCode.unknownItem, `No idea ${itemId} in this workshop.`);
  }
  return ok(true);
}

/** A retry of the same add (same sender, same clientId) finds the outcome instead of adding it twice. */
function outcomeIdFor(principal: PrincipalFor<'outcome:add'>, clientId: string | undefined): string {
  if (clientId === undefined) return randomId();
  const actor = principal.role === 'scribe' ? `s:${principal.scribe.id}` : principal.role;
  return createHash('sha256').update(`outcome|${actor}|${clientId}`).digest('base64url').slice(0, 16);
}

export const outcomeAdd: CommandHandler<'outcome:add'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const id = outcomeIdFor(ctx.principal, payload.clientId);
  const existing = findOutcome(room.doc, id);
  if (existing) return ok({ outcome: existing });
  const links = checkLinks(room.doc, payload);
  if (!links.ok) return links;
  if (outcomeCount(room.doc) >= LIMITS.outcomesPerWorkshop) {
    return fail(ErrorCode.tooMany, `A workshop holds at most ${LIMITS.outcomesPerWorkshop} outcomes.`);
  }
  const { clientId: _key, ...fields } = payload;
  const outcome = await room.change((doc) =>
    addOutcome(doc, { ...fields, id, stageId: fields.stageId || null, createdAt: ctx.clock.now() }),
  );
  return ok({ outcome });
};

export const outcomeUpdate: CommandHandler<'outcome:update'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  if (!findOutcome(room.doc, payload.outcomeId))
    return fail(ErrorCode.notFound, 'No such decision or action item.');
  const links = checkLinks(room.doc, payload);
  if (!links.ok) return links;
  const { outcomeId, stageId, ...rest } = payload;
  await room.change((doc) =>
    updateOutcome(doc, outcomeId, {
      ...rest,
      ...(stageId !== undefined ? { stageId: stageId || null } : {}),
    }),
  );
  const outcome = findOutcome(room.doc, outcomeId);
  // Another editor may have deleted it in the same moment.
  if (!outcome) return fail(ErrorCode.notFound, 'No such decision or action item.');
  return ok({ outcome });
};

export const outcomeRemove: CommandHandler<'outcome:remove'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const removed = await room.change((doc) => removeOutcome(doc, payload.outcomeId));
  if (!removed) return fail(ErrorCode.notFound, 'No such decision or action item.');
  return ok({ outcomeId: payload.outcomeId });
};
