/**
 * The socket.io protocol, defined once: event names, their payload schemas, what each ack carries,
 * and what the server pushes. The typed event maps for socket.io are derived from these.
 */
import { z } from 'zod';
import type { ItemView } from './domain.js';
import type { ApiError } from './errors.js';
import type { GroupCounts } from './groups.js';
import { LIMITS } from './limits.js';
import { idSchema, lineText, longText, sdgSchema } from './schemas.js';

/** Bumped on every incompatible change; a client sends it in `auth.protocol` and is refused on mismatch. */
export const PROTOCOL_VERSION = 1;

/** Payload schema of every event a client may send. */
export const clientEventSchemas = {
  /** Add an idea to a list stage. `clientId` makes a retry after a lost ack idempotent. */
  'item:add': z.strictObject({
    stageId: idSchema,
    title: lineText(LIMITS.itemTitle),
    description: longText(LIMITS.itemDescription).optional(),
    sdgs: z.array(sdgSchema).max(LIMITS.sdgTagsPerItem).optional(),
    clientId: idSchema.optional(),
  }),
  /** Facilitator: move the room to a stage. */
  'stage:goto': z.strictObject({ stageId: idSchema }),
  /** Ask for the current presence counts (also pushed on change). */
  'presence:get': z.strictObject({}),
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientEventPayload<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]>;

/** Events only a facilitator may send. */
export const FACILITATOR_EVENTS: ReadonlySet<ClientEventName> = new Set<ClientEventName>(['stage:goto']);
/** Events the read-only board may send. */
export const BOARD_EVENTS: ReadonlySet<ClientEventName> = new Set<ClientEventName>(['presence:get']);

/** Who is connected now. */
export interface PresenceCounts {
  readonly total: number;
  readonly byGroup: GroupCounts;
  /** Facilitator and board connections are not counted as people in the room. */
}

/** What a successful ack carries for each event, besides `ok: true`. */
export interface ClientEventResults {
  'item:add': { item: ItemView };
  'stage:goto': { stageId: string };
  'presence:get': { presence: PresenceCounts };
}

/** The ack every command answers with. */
export type Ack<E extends ClientEventName> =
  | ({ ok: true } & ClientEventResults[E])
  | { ok: false; error: ApiError };

/** Events the server pushes to clients. */
export interface ServerToClientEvents {
  'presence:update': (presence: PresenceCounts) => void;
}

/** socket.io's typed map for events a client sends, derived from the schemas. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (response: Ack<E>) => void) => void;
};

/** What a client puts in socket.io's `auth` on connect. */
export interface SocketAuth {
  readonly token: string;
  readonly protocol: number;
}

/** True when `name` is an event of this protocol. */
export function isClientEventName(name: string): name is ClientEventName {
  return Object.hasOwn(clientEventSchemas, name);
}
