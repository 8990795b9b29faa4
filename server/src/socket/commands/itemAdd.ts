import { createHash } from 'node:crypto';
import {
  addItem,
  ErrorCode,
  fail,
  findItem,
  findStage,
  hasItem,
  itemCounts,
  ok,
  readMeta,
} from '@majlis/shared';
import { randomId } from '../../clock.js';
import type { CommandHandler } from '../CommandContext.js';
import { checkListOpen } from './itemAccess.js';

/**
 * The item id of a retried command is derived from who sent it and its clientId, so a retry after
 * a lost ack (or a crash between write and ack) finds the item instead of adding it twice.
 */
function itemIdFor(actor: string, clientId: string | undefined): string {
  if (clientId === undefined) return randomId();
  return createHash('sha256').update(`${actor}|${clientId}`).digest('base64url').slice(0, 16);
}

export const itemAdd: CommandHandler<'item:add'> = async (ctx, payload) => {
  const { principal } = ctx;
  if (principal.role === 'board' || principal.role === 'scribe')
    return fail(ErrorCode.forbidden, 'This link cannot add ideas.');
  const room = await ctx.docs.get(principal.workshopId);
  const stage = findStage(room.doc, payload.stageId);
  if (!stage) return fail(ErrorCode.notFound, 'No such stage in this workshop.');

  const actor = principal.role === 'participant' ? principal.participant.id : 'facilitator';
  const id = itemIdFor(actor, payload.clientId);
  // A retry is answered with the item it already made, even if the list has closed since. Only a
  // retry reads the item back; a new idea costs the same however long the list is.
  const existing = hasItem(room.doc, id) ? findItem(room.doc, id) : undefined;
  if (existing) return ok({ item: existing });

  if (principal.role === 'participant') {
    const open = checkListOpen(stage);
    if (!open.ok) return open;
    if (readMeta(room.doc)?.currentStageId !== stage.id) {
      return fail(ErrorCode.stageClosed, 'Ideas go to the stage the room is on now.');
    }
  } else if (stage.kind !== 'list') {
    return fail(ErrorCode.wrongStageKind, 'Ideas can only be added to a list stage.');
  }

  const counts = itemCounts(
    room.doc,
    stage.id,
    principal.role === 'participant' ? principal.participant.id : undefined,
  );
  if (counts.stage >= ctx.config.maxItemsPerStage) {
    return fail(ErrorCode.tooMany, `This list holds at most ${ctx.config.maxItemsPerStage} ideas.`);
  }
  if (principal.role === 'participant' && counts.author >= ctx.config.maxItemsPerParticipant) {
    return fail(
      ErrorCode.tooMany,
      `One person may add at most ${ctx.config.maxItemsPerParticipant} ideas to a list.`,
    );
  }
  const item = await room.change((doc) =>
    addItem(doc, {
      id,
      stageId: stage.id,
      title: payload.title,
      description: payload.description ?? '',
      sdgs: payload.sdgs ?? [],
      createdAt: ctx.clock.now(),
      ...(principal.role === 'participant'
        ? { authorId: principal.participant.id, authorGroup: principal.participant.group }
        : {}),
    }),
  );
  return ok({ item });
};
