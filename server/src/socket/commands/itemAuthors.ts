/**
 * Authorship, which the shared doc does not carry: each participant may learn which ideas are their
 * own, and facilitators who wrote each one. Nobody else learns anything.
 */
import { ok } from '@majlis/shared';
import { authorshipOf } from '../../items/ItemAuthorship.js';
import type { CommandHandler } from '../CommandContext.js';

export const itemMine: CommandHandler<'item:mine'> = async (ctx) => {
  const { principal } = ctx;
  const room = await ctx.docs.get(principal.workshopId);
  return ok({ itemIds: [...authorshipOf(room).itemsOf(principal.participant.id)] });
};

export const itemAuthors: CommandHandler<'item:authors'> = async (ctx) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  return ok({ authors: authorshipOf(room).all() });
};
