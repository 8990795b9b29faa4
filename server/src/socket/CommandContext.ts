import type {
  ClientEventName,
  ClientEventPayload,
  ClientEventResults,
  ItemAuthor,
  Result,
} from '@majlis/shared';
import type { Principal } from '../auth/credentials.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Presence } from '../presence/Presence.js';
import type { Store } from '../storage/Store.js';
import type { VoteService } from '../votes/VoteService.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';

/** What a command tells sockets other than the sender's. */
export interface CommandPushes {
  /** A participant added an idea: their own devices (`item:mine`) and the facilitators (`item:authors`). */
  itemAuthored(workshopId: string, author: ItemAuthor): void;
}

/** What every command handler is given: who asks, and the server's parts. */
export interface CommandContext {
  readonly principal: Principal;
  readonly docs: DocRegistry;
  readonly store: Store;
  readonly presence: Presence;
  readonly clock: Clock;
  readonly log: Logger;
  readonly votes: VoteService;
  readonly config: Pick<Config, 'maxItemsPerStage' | 'maxItemsPerParticipant'>;
  readonly pushes: CommandPushes;
}

/** A command handler: authorize, call the domain, persist; the registry validated the payload already. */
export type CommandHandler<E extends ClientEventName> = (
  ctx: CommandContext,
  payload: ClientEventPayload<E>,
) => Promise<Result<ClientEventResults[E]>>;

/** One handler for every event of the protocol; the compiler checks none is missing. */
export type CommandHandlers = { [E in ClientEventName]: CommandHandler<E> };
