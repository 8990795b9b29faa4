import { createHash } from 'node:crypto';
import {
  addItem,
  ErrorCode,
  fail,
  findItem,
  findStage,
  hasItem,
  ok,
  readMeta,
  stageItemCount,
} from '@majlis/shared';
import { randomId } from '../../clock.js';
import { authorshipOf } from '../../items/ItemAuthorship.js';
import type { CommandHandler } from '../CommandContext.js';
import { checkListOpen } from './itemAccess.js';

/**
 * The item id of a retried command is derived from who sent it and its clientId, so a retry after
 * a lost ack (or a crash between write and ack) finds the item instead of adding it twice. The
 * clientId is random per idea, so ids of one person's ideas have nothing in common.
 */
function itemIdFor(actor: string, clientId: string | undefined): string {
  if (clientId === undefined) return randomId();
  return createHash('sha256').update(`${actor}|${clientId}`).digest('base64url').slice(0, 16);
}

export const itemAdd: CommandHandler<'item:add'> = async (ctx, payload) => {
  const { principal } = ctx;
  const room = await ctx.docs.get(principal.workshopId);
  const authorship = authorshipOf(room);
  const stage = findStage(room.doc, payload.stageId);
  if (!stage) return fail(ErrorCode.notFound, 'No such stage in this workshop.');

  const participant = principal.role === 'participant' ? principal.participant : undefined;
  const id = itemIdFor(participant?.id ?? 'facilitator', payload.clientId);
  // A retry is answered with the item it already made, even if the list has closed since. Only a
  // retry reads the item back; a new idea costs the same however long the list is.
  const existing = hasItem(room.doc, id) ? findItem(room.doc, id) : undefined;
  if (existing) {
    // The id is this sender's own, so the item is theirs: a retry also stores an authorship whose
    // write failed the first time.
    if (participant && authorship.authorOf(id) === undefined) {
      await authorship.record([{ itemId: id, participantId: participant.id, stageId: existing.stageId }]);
    }
    return ok({ item: existing });
  }

  if (participant) {
    const open = checkListOpen(stage);
    if (!open.ok) return open;
    if (readMeta(room.doc)?.currentStageId !== stage.id) {
      return fail(ErrorCode.stageClosed, 'Ideas go to the stage the room is on now.');
    }
  } else if (stage.kind !== 'list') {
    return fail(ErrorCode.wrongStageKind, 'Ideas can only be added to a list stage.');
  }

  if (stageItemCount(room.doc, stage.id) >= ctx.config.maxItemsPerStage) {
    return fail(ErrorCode.tooMany, `This list holds at most ${ctx.config.maxItemsPerStage} ideas.`);
  }
  if (participant && authorship.countIn(stage.id, participant.id) >= ctx.config.maxItemsPerParticipant) {
    return fail(
      ErrorCode.tooMany,
      `One person may add at most ${ctx.config.maxItemsPerParticipant} ideas to a list.`,
    );
  }
  // The doc change and the authorship are both made before anything is awaited, so the counts a
  // concurrent add checks already include this one; then both writes are awaited.
  const [item] = await Promise.all([
    room.change((doc) =>
      addItem(doc, {
        id,
        stageId: stage.id,
        title: payload.title,
        description: payload.description ?? '',
        sdgs: payload.sdgs ?? [],
        createdAt: ctx.clock.now(),
        ...(participant ? { authorGroup: participant.group } : {}),
      }),
    ),
    participant
      ? authorship.record([{ itemId: id, participantId: participant.id, stageId: stage.id }])
      : undefined,
  ]);
  if (participant)
    ctx.pushes.itemAuthored(principal.workshopId, { itemId: id, participantId: participant.id });
  return ok({ item });
};
