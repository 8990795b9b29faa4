import { ok } from '@majlis/shared';
import type { CommandHandlers } from '../CommandContext.js';
import { itemAdd } from './itemAdd.js';
import { stageGoto } from './stageGoto.js';

/** Every socket command, by event name. */
export const commandHandlers: CommandHandlers = {
  'item:add': itemAdd,
  'stage:goto': stageGoto,
  'presence:get': async (ctx) => ok({ presence: ctx.presence.counts(ctx.principal.workshopId) }),
};
