import { ErrorCode, fail, findItem, type ItemView, ok, setItemWithdrawn, updateItem } from '@majlis/shared';
import { authorshipOf } from '../../items/ItemAuthorship.js';
import type { CommandHandler } from '../CommandContext.js';
import { checkItemWrite } from './itemAccess.js';

export const itemUpdate: CommandHandler<'item:update'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const access = checkItemWrite(room.doc, authorshipOf(room), ctx.principal, payload.itemId);
  if (!access.ok) return access;
  if (access.value.item.status !== 'active')
    return fail(ErrorCode.stageClosed, 'This idea is no longer on the list.');
  const { itemId, ...change } = payload;
  await room.change((doc) => updateItem(doc, itemId, change));
  return ok({ item: findItem(room.doc, itemId) as ItemView });
};

export const itemWithdraw: CommandHandler<'item:withdraw'> = async (ctx, payload) => {
  const room = await ctx.docs.get(ctx.principal.workshopId);
  const access = checkItemWrite(room.doc, authorshipOf(room), ctx.principal, payload.itemId);
  if (!access.ok) return access;
  if (access.value.item.status === 'merged') {
    return fail(ErrorCode.stageClosed, 'This idea was merged into another by the facilitator.');
  }
  await room.change((doc) => setItemWithdrawn(doc, payload.itemId, payload.withdrawn ?? true));
  return ok({ item: findItem(room.doc, payload.itemId) as ItemView });
};
