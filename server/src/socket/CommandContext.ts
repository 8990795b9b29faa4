import type {
  ClientEventName,
  ClientEventPayload,
  ClientEventResults,
  EventRole,
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

/** What every command handler is given: who asks (one of the roles `P` allows), and the server's parts. */
export interface CommandContext<P extends Principal = Principal> {
  readonly principal: P;
  readonly docs: DocRegistry;
  readonly store: Store;
  readonly presence: Presence;
  readonly clock: Clock;
  readonly log: Logger;
  readonly votes: VoteService;
  readonly config: Pick<Config, 'maxItemsPerStage' | 'maxItemsPerParticipant'>;
  readonly pushes: CommandPushes;
}

/** The principals that may send `E`, as `EVENT_ROLES` says. */
export type PrincipalFor<E extends ClientEventName> = Extract<Principal, { role: EventRole<E> }>;

/**
 * A command handler: call the domain, persist. The socket server has already checked the sender's
 * role against `EVENT_ROLES` (so `principal` is typed as an allowed one) and validated the payload.
 */
export type CommandHandler<E extends ClientEventName> = (
  ctx: CommandContext<PrincipalFor<E>>,
  payload: ClientEventPayload<E>,
) => Promise<Result<ClientEventResults[E]>>;

/** One handler for every event of the protocol; the compiler checks none is missing. */
export type CommandHandlers = { [E in ClientEventName]: CommandHandler<E> };
