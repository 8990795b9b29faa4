/**
 * The socket.io protocol, defined once: event names, their payload schemas, what each ack carries,
 * and what the server pushes. The typed event maps for socket.io are derived from these.
 */
import { z } from 'zod';
import { ACTION_STATUSES, OUTCOME_KINDS, type OutcomeView } from './doc/outcomeOps.js';
import type { ItemView, Role } from './domain.js';
import type { ApiError } from './errors.js';
import { dateSchema, idSchema, lineText, longText, optionalLine, sdgSchema } from './fields.js';
import type { GroupCounts } from './groups.js';
import { LIMITS } from './limits.js';
import { MAX_TIMER_MS, TIMER_ACTIONS, type TimerState } from './timer.js';
import { type Ballot, ballotSchema } from './vote/ballot.js';
import { voteSettingsRequestSchema } from './vote/settings.js';
import type { VoteResults } from './vote/tally.js';

/**
 * Bumped on every incompatible change; a client sends it in `auth.protocol` and is refused when it
 * names another version (one that names none is taken to speak this one).
 * 2: items no longer carry `authorId`; phones learn their own ideas from `item:mine`.
 */
export const PROTOCOL_VERSION = 2;

/** The fields of a decision or action item that `outcome:add` sets and `outcome:update` changes. */
const outcomeFields = {
  text: longText(LIMITS.outcomeText).pipe(z.string().min(1, 'must not be empty')),
  /** The stage it was recorded during; '' for the workshop as a whole. */
  stageId: z.union([idSchema, z.literal('')]),
  owner: optionalLine(LIMITS.outcomeOwner),
  organization: optionalLine(LIMITS.outcomeOwner),
  /** `YYYY-MM-DD`; '' for none. */
  due: z.union([dateSchema, z.literal('')]),
  status: z.enum(ACTION_STATUSES),
  itemIds: z.array(idSchema).max(LIMITS.outcomeItems),
  sdgs: z.array(sdgSchema).max(LIMITS.sdgTagsPerItem),
};

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
  /** Change one's own idea (a facilitator: any idea) while its stage is open and its list unlocked. */
  'item:update': z
    .strictObject({
      itemId: idSchema,
      title: lineText(LIMITS.itemTitle).optional(),
      description: longText(LIMITS.itemDescription).optional(),
      sdgs: z.array(sdgSchema).max(LIMITS.sdgTagsPerItem).optional(),
    })
    .refine((p) => p.title !== undefined || p.description !== undefined || p.sdgs !== undefined, {
      message: 'change at least one of title, description, sdgs',
    }),
  /** Take one's own idea back (or, with `withdrawn: false`, put it back). */
  'item:withdraw': z.strictObject({ itemId: idSchema, withdrawn: z.boolean().optional() }),
  /**
   * Participant: the ids of one's own ideas, in every stage and status. The doc does not say who
   * wrote what, so a phone asks after a reload or on a second device of the same participant.
   */
  'item:mine': z.strictObject({}),
  /** Facilitator: who wrote each participant's idea (kept by the server, never in the doc). */
  'item:authors': z.strictObject({}),
  /** Facilitator: move the room to a stage. */
  'stage:goto': z.strictObject({ stageId: idSchema }),
  /** Facilitator: start, pause, reset (optionally to `durationMs`) or extend a stage's timer. */
  'timer:control': z.strictObject({
    stageId: idSchema,
    action: z.enum(TIMER_ACTIONS),
    durationMs: z.int().min(1_000).max(MAX_TIMER_MS).optional(),
  }),
  /** The server's clock, so screens can show the same second whatever their own clock says. */
  'clock:sync': z.strictObject({}),
  /**
   * Facilitator: set a vote stage's settings (not while it is open). `anonymous`, `results` and
   * `source` may be left out: see `withVoteDefaults`.
   */
  'vote:configure': z.strictObject({ stageId: idSchema, settings: voteSettingsRequestSchema }),
  /** Facilitator: open (or reopen) a vote; its targets are fixed at that moment. */
  'vote:open': z.strictObject({ stageId: idSchema }),
  'vote:close': z.strictObject({ stageId: idSchema }),
  /** Facilitator: show the results to everyone. */
  'vote:reveal': z.strictObject({ stageId: idSchema }),
  /** Participant: cast or replace one's ballot. `clientVoteId` makes a resend after a drop idempotent. */
  'vote:cast': z.strictObject({ stageId: idSchema, ballot: ballotSchema, clientVoteId: idSchema }),
  /** Participant: one's own current ballot, e.g. after a reload. */
  'vote:mine': z.strictObject({ stageId: idSchema }),
  /** Facilitator or scribe: record a decision or an action item. `clientId` makes a retry idempotent. */
  'outcome:add': z.strictObject({
    kind: z.enum(OUTCOME_KINDS),
    text: outcomeFields.text,
    stageId: outcomeFields.stageId.optional(),
    owner: outcomeFields.owner.optional(),
    organization: outcomeFields.organization.optional(),
    due: outcomeFields.due.optional(),
    status: outcomeFields.status.optional(),
    itemIds: outcomeFields.itemIds.optional(),
    sdgs: outcomeFields.sdgs.optional(),
    clientId: idSchema.optional(),
  }),
  /** Facilitator or scribe: change some fields of a decision or action item. */
  'outcome:update': z
    .strictObject({
      outcomeId: idSchema,
      text: outcomeFields.text.optional(),
      stageId: outcomeFields.stageId.optional(),
      owner: outcomeFields.owner.optional(),
      organization: outcomeFields.organization.optional(),
      due: outcomeFields.due.optional(),
      status: outcomeFields.status.optional(),
      itemIds: outcomeFields.itemIds.optional(),
      sdgs: outcomeFields.sdgs.optional(),
    })
    .refine((p) => Object.keys(p).length > 1, { message: 'change at least one field' }),
  /** Facilitator or scribe: delete a decision or action item. */
  'outcome:remove': z.strictObject({ outcomeId: idSchema }),
  /** Ask for the current presence counts (also pushed on change). */
  'presence:get': z.strictObject({}),
} as const;

export type ClientEventName = keyof typeof clientEventSchemas;
export type ClientEventPayload<E extends ClientEventName> = z.infer<(typeof clientEventSchemas)[E]>;

/**
 * Who may send each event: the one table the server checks, before the payload is parsed and before
 * any handler runs (`forbidden` otherwise). A handler's `principal` is typed as these roles only.
 */
export const EVENT_ROLES = {
  'item:add': ['facilitator', 'participant'],
  'item:update': ['facilitator', 'participant'],
  'item:withdraw': ['facilitator', 'participant'],
  /** Only a participant has ideas of their own. */
  'item:mine': ['participant'],
  /** Who wrote what leaves the server for facilitators only. */
  'item:authors': ['facilitator'],
  'stage:goto': ['facilitator'],
  'timer:control': ['facilitator'],
  'clock:sync': ['facilitator', 'participant', 'board', 'scribe'],
  'vote:configure': ['facilitator'],
  'vote:open': ['facilitator'],
  'vote:close': ['facilitator'],
  'vote:reveal': ['facilitator'],
  'vote:cast': ['participant'],
  'vote:mine': ['participant'],
  'outcome:add': ['facilitator', 'scribe'],
  'outcome:update': ['facilitator', 'scribe'],
  'outcome:remove': ['facilitator', 'scribe'],
  'presence:get': ['facilitator', 'participant', 'board', 'scribe'],
} as const satisfies { readonly [E in ClientEventName]: readonly Role[] };

/** The roles that may send `E`. */
export type EventRole<E extends ClientEventName> = (typeof EVENT_ROLES)[E][number];

/** True when a credential of `role` may send `event`. */
export function mayUse(role: Role, event: ClientEventName): boolean {
  return (EVENT_ROLES[event] as readonly Role[]).includes(role);
}

const eventsOf = (only: (roles: readonly Role[]) => boolean): ReadonlySet<ClientEventName> =>
  new Set(
    (Object.keys(EVENT_ROLES) as ClientEventName[]).filter((e) => only(EVENT_ROLES[e] as readonly Role[])),
  );

/** Events only a facilitator may send (from `EVENT_ROLES`). */
export const FACILITATOR_EVENTS = eventsOf((roles) => roles.length === 1 && roles[0] === 'facilitator');
/** Events that only read: still answered for participants after the workshop ended. */
export const READ_ONLY_EVENTS: ReadonlySet<ClientEventName> = new Set<ClientEventName>([
  'presence:get',
  'clock:sync',
  'vote:mine',
]);
/** Events the read-only board may send (from `EVENT_ROLES`). */
export const BOARD_EVENTS = eventsOf((roles) => roles.includes('board'));

/** Who is connected now. */
export interface PresenceCounts {
  readonly total: number;
  readonly byGroup: GroupCounts;
  /** Facilitator and board connections are not counted as people in the room. */
}

/** Who wrote an idea, as only facilitators learn it. */
export interface ItemAuthor {
  readonly itemId: string;
  readonly participantId: string;
}

/** What a successful ack carries for each event, besides `ok: true`. */
export interface ClientEventResults {
  'item:add': { item: ItemView };
  'item:update': { item: ItemView };
  'item:withdraw': { item: ItemView };
  'item:mine': { itemIds: string[] };
  'item:authors': { authors: ItemAuthor[] };
  'stage:goto': { stageId: string };
  'timer:control': { timer: TimerState; now: number };
  'clock:sync': { now: number };
  'vote:configure': { stageId: string };
  'vote:open': { stageId: string; state: 'open' };
  'vote:close': { stageId: string; state: 'closed' };
  'vote:reveal': { stageId: string; state: 'revealed' };
  'vote:cast': { ballot: Ballot; castAt: number };
  'vote:mine': { ballot: Ballot | null; castAt: number | null };
  'outcome:add': { outcome: OutcomeView };
  'outcome:update': { outcome: OutcomeView };
  'outcome:remove': { outcomeId: string };
  'presence:get': { presence: PresenceCounts };
}

/** The ack every command answers with. */
export type Ack<E extends ClientEventName> =
  | ({ ok: true } & ClientEventResults[E])
  | { ok: false; error: ApiError };

/** Events the server pushes to clients. */
export interface ServerToClientEvents {
  'presence:update': (presence: PresenceCounts) => void;
  /** To facilitators only: live tallies of a vote whose results are still hidden from the room. */
  'vote:tally': (tally: { stageId: string; results: VoteResults }) => void;
  /**
   * Sent just before the server disconnects this credential for good: `forbidden` when the
   * participant was removed, `unauthorized` when the link was revoked or another device took it over.
   */
  'session:closed': (reason: ApiError) => void;
  /** To facilitators only: who joined or left the participant list changed; fetch it again. */
  'participants:changed': () => void;
  /** To one participant's own sockets (every device of theirs): ideas of theirs just added. */
  'item:mine': (mine: { itemIds: string[] }) => void;
  /** To facilitators only: the authors of ideas just added. */
  'item:authors': (authors: { authors: ItemAuthor[] }) => void;
}

/** socket.io's typed map for events a client sends, derived from the schemas. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientEventPayload<E>, ack: (response: Ack<E>) => void) => void;
};

/** What a client puts in socket.io's `auth` on connect. */
export interface SocketAuth {
  readonly token: string;
  /** `PROTOCOL_VERSION` of the client; absent means the current one. */
  readonly protocol?: number;
}

/** True when `name` is an event of this protocol. */
export function isClientEventName(name: string): name is ClientEventName {
  return Object.hasOwn(clientEventSchemas, name);
}
