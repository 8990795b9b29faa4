import { ok } from '@majlis/shared';
import type { CommandHandlers } from '../CommandContext.js';
import { itemAdd } from './itemAdd.js';
import { itemUpdate, itemWithdraw } from './itemUpdate.js';
import { stageGoto } from './stageGoto.js';
import { timerControl } from './timerControl.js';

/** Every socket command, by event name. */
export const commandHandlers: CommandHandlers = {
  'item:add': itemAdd,
  'item:update': itemUpdate,
  'item:withdraw': itemWithdraw,
  'stage:goto': stageGoto,
  'timer:control': timerControl,
  'clock:sync': async (ctx) => ok({ now: ctx.clock.now() }),
  'presence:get': async (ctx) => ok({ presence: ctx.presence.counts(ctx.principal.workshopId) }),
};
