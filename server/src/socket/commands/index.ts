import { ok } from '@majlis/shared';
import type { CommandHandlers } from '../CommandContext.js';
import { itemAdd } from './itemAdd.js';
import { itemAuthors, itemMine } from './itemAuthors.js';
import { itemUpdate, itemWithdraw } from './itemUpdate.js';
import { outcomeAdd, outcomeRemove, outcomeUpdate } from './outcome.js';
import { stageGoto } from './stageGoto.js';
import { timerControl } from './timerControl.js';
import { voteCast, voteMine } from './voteCast.js';
import { voteClose, voteConfigure, voteOpen, voteReveal } from './voteControl.js';

/** Every socket command, by event name. */
export const commandHandlers: CommandHandlers = {
  'item:add': itemAdd,
  'item:update': itemUpdate,
  'item:withdraw': itemWithdraw,
  'item:mine': itemMine,
  'item:authors': itemAuthors,
  'stage:goto': stageGoto,
  'timer:control': timerControl,
  'clock:sync': async (ctx) => ok({ now: ctx.clock.now() }),
  'vote:configure': voteConfigure,
  'vote:open': voteOpen,
  'vote:close': voteClose,
  'vote:reveal': voteReveal,
  'vote:cast': voteCast,
  'vote:mine': voteMine,
  'outcome:add': outcomeAdd,
  'outcome:update': outcomeUpdate,
  'outcome:remove': outcomeRemove,
  'presence:get': async (ctx) => ok({ presence: ctx.presence.counts(ctx.principal.workshopId) }),
};
