/**
 * socket.io for commands the server must check. Every payload is validated against the protocol's
 * zod schema before a handler sees it, and every event is answered with an ack.
 */
import type { Server as HttpServer } from 'node:http';
import {
  type ApiError,
  type ClientEventName,
  type ClientToServerEvents,
  clientEventSchemas,
  ErrorCode,
  fail,
  isClientEventName,
  LIMITS,
  mayUse,
  PROTOCOL_VERSION,
  READ_ONLY_EVENTS,
  type ServerToClientEvents,
} from '@majlis/shared';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import { ConnectionCap, credentialKey, participantKey } from '../auth/connectionCap.js';
import type { Credentials, Principal } from '../auth/credentials.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Monitor } from '../metrics/Monitor.js';
import type { Limiter } from '../metrics/serverMetrics.js';
import type { Presence } from '../presence/Presence.js';
import { PresenceBroadcast } from '../presence/PresenceBroadcast.js';
import { RateLimiter } from '../rateLimit.js';
import type { Store } from '../storage/Store.js';
import { StoreUnavailableError, UNAVAILABLE } from '../storage/StoreUnavailableError.js';
import type { VoteService } from '../votes/VoteService.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';
import type { CommandContext, CommandPushes } from './CommandContext.js';
import { CommandScheduler, type Refusal } from './CommandScheduler.js';
import { commandHandlers } from './commands/index.js';

interface SocketData {
  principal: Principal;
}
type MajlisServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type MajlisSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The socket.io room of a workshop. */
export const workshopRoom = (workshopId: string): string => `workshop:${workshopId}`;
/** The sockets of one credential (see `credentialKey`), so revoking or removing it disconnects them. */
export const credentialRoom = (key: string): string => `credential:${key}`;
/** Only a workshop's facilitators: hidden vote tallies go here and nowhere else. */
export const facilitatorRoom = (workshopId: string): string => `workshop:${workshopId}:facilitators`;
/** Every device of one participant (their credential's room): what is theirs alone goes here. */
export const participantRoom = (workshopId: string, participantId: string): string =>
  credentialRoom(participantKey(workshopId, participantId));
/** A workshop's boards, so rotating the board link disconnects them. */
export const boardRoom = (workshopId: string): string => `workshop:${workshopId}:boards`;
/** Everyone but the facilitators (participants, scribes, boards): cut when an ended workshop's grace runs out. */
export const guestRoom = (workshopId: string): string => `workshop:${workshopId}:guests`;

const refusal = (code: ApiError['code'], message: string) => ({
  ok: false as const,
  error: { code, message },
});

function connectError(code: ApiError['code'], message: string): Error {
  const err = new Error(code) as Error & { data: ApiError };
  err.data = { code, message };
  return err;
}

/** The limit behind each of the scheduler's refusals, as counted in the metrics. */
const SCHEDULER_LIMITER: Readonly<Record<Refusal, Limiter>> = {
  queue_full: 'command_queue_full',
  too_late: 'command_too_late',
  lagging: 'event_loop_lag',
};

/** Commands one participant (or one facilitator or board link) may send at once, then per second. */
export const COMMAND_BURST = 20;
export const COMMAND_RATE = 10;

/** `ok`, or the error code of a refusal, for the commands counter. */
const resultOf = (response: unknown): string =>
  (response as { ok?: boolean }).ok ? 'ok' : ((response as { error?: ApiError }).error?.code ?? 'internal');

export function createSocketServer(
  http: HttpServer,
  deps: {
    credentials: Credentials;
    docs: DocRegistry;
    store: Store;
    presence: Presence;
    clock: Clock;
    log: Logger;
    votes: VoteService;
    config: Pick<Config, 'maxItemsPerStage' | 'maxItemsPerParticipant'>;
    scheduler?: CommandScheduler;
    monitor: Monitor;
    /**
     * Scale-out: the same command budget kept across processes, checked after this process's own
     * (`COMMAND_BURST`, `COMMAND_RATE`), so two processes do not double it.
     */
    sharedLimiter?: { take(key: string): Promise<boolean> };
  },
): MajlisServer {
  const { credentials, presence, log, monitor } = deps;
  const io: MajlisServer = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: LIMITS.socketMessageBytes,
    // Other upgrade paths (the Yjs endpoint) are ours to handle.
    destroyUpgrade: false,
    pingInterval: 10_000,
    pingTimeout: 5_000,
  });
  const limiter = new RateLimiter(COMMAND_BURST, COMMAND_RATE);
  const scheduler = deps.scheduler ?? new CommandScheduler();

  const pushes: CommandPushes = {
    itemAuthored(workshopId, author) {
      io.to(participantRoom(workshopId, author.participantId)).emit('item:mine', {
        itemIds: [author.itemId],
      });
      io.to(facilitatorRoom(workshopId)).emit('item:authors', { authors: [author] });
    },
  };

  // Hidden tallies go to the facilitators only, as each recount happens.
  deps.votes.events.on('tally', ({ workshopId, stageId, results }) =>
    io.to(facilitatorRoom(workshopId)).emit('vote:tally', { stageId, results }),
  );

  const presenceBroadcast = new PresenceBroadcast((workshopId) =>
    io.to(workshopRoom(workshopId)).emit('presence:update', presence.counts(workshopId)),
  );
  // Shared presence (scale-out) changes also when another process's participants come and go.
  presence.watch?.((workshopId) => presenceBroadcast.changed(workshopId));
  /** Open sockets per credential: one phone opening a thousand costs five. */
  const cap = new ConnectionCap<MajlisSocket>();
  const capSockets = (socket: MajlisSocket, principal: Principal): void => {
    socket.on('disconnect', () => cap.remove(principal, socket));
    for (const oldest of cap.add(principal, socket)) {
      monitor.security.note({
        event: 'connection_capped',
        reason: 'too_many_connections',
        channel: 'socketio',
        address: monitor.addressOf(socket.request),
        workshopId: principal.workshopId,
        role: principal.role,
        limiter: 'connection_cap',
      });
      oldest.disconnect(true);
    }
  };

  io.use(async (socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    // A client that names no version is taken to speak this one: stock clients send only the token.
    if (auth.protocol !== undefined && auth.protocol !== PROTOCOL_VERSION) {
      return next(
        connectError(
          ErrorCode.protocolMismatch,
          `This server speaks protocol ${PROTOCOL_VERSION}; reload the page to update the app.`,
        ),
      );
    }
    try {
      const result = await credentials.authenticate(auth.token);
      if (!result.ok) {
        monitor.security.note({
          event: 'credential_refused',
          reason: result.error.code,
          channel: 'socketio',
          address: monitor.addressOf(socket.request),
        });
        return next(connectError(result.error.code, result.error.message));
      }
      socket.data.principal = result.value;
      next();
    } catch (err) {
      if (err instanceof StoreUnavailableError) {
        log.warn({ err: err.message }, 'socket auth failed: store unavailable');
        return next(connectError(UNAVAILABLE.code, UNAVAILABLE.message));
      }
      log.error({ err }, 'socket auth failed');
      next(connectError(ErrorCode.internal, 'The server could not check this link.'));
    }
  });

  io.on('connection', (socket: MajlisSocket) => {
    const { principal } = socket.data;
    const { workshopId, role } = principal;
    const address = monitor.addressOf(socket.request);
    monitor.metrics.connectionOpened('socketio', role);
    socket.on('disconnect', () => monitor.metrics.connectionClosed('socketio', role));
    const refused = (reason: string, command: ClientEventName | undefined, limiter?: Limiter) =>
      monitor.security.note({
        event: 'command_refused',
        reason,
        channel: 'socketio',
        address,
        workshopId,
        role,
        command,
        limiter,
      });
    void socket.join(workshopRoom(workshopId));
    if (principal.role === 'facilitator') {
      void socket.join(facilitatorRoom(workshopId));
      // A console that (re)connects gets the hidden tallies at once, not at the next ballot.
      deps.votes
        .tallies(workshopId)
        .then((tallies) => {
          for (const tally of tallies) socket.emit('vote:tally', tally);
        })
        .catch((err: unknown) => log.error({ err, workshopId }, 'tallies on connect failed'));
    }
    void socket.join(credentialRoom(credentialKey(principal)));
    if (principal.role === 'board') void socket.join(boardRoom(workshopId));
    if (principal.role !== 'facilitator') void socket.join(guestRoom(workshopId));
    // A revoke, removal, takeover, rotation or end of grace that landed while this socket was being
    // authorized found nothing to disconnect.
    credentials
      .stillValid((socket.handshake.auth as Record<string, unknown> | undefined)?.token)
      .then((standing) => {
        if (standing.ok) return;
        socket.emit('session:closed', standing.error);
        socket.disconnect(true);
      })
      .catch((err: unknown) => log.error({ err, workshopId }, 'credential recheck failed'));
    if (principal.role === 'participant') {
      presence.join(workshopId, principal.participant.id, principal.participant.group);
      presenceBroadcast.changed(workshopId);
      socket.on('disconnect', () => {
        presence.leave(workshopId, principal.participant.id);
        presenceBroadcast.changed(workshopId);
      });
    }
    capSockets(socket, principal);
    const ctx: CommandContext = { ...deps, principal, pushes };
    const rateKey =
      principal.role === 'participant'
        ? `p:${principal.participant.id}`
        : principal.role === 'scribe'
          ? `s:${principal.scribe.id}`
          : `${principal.role}:${workshopId}`;

    socket.onAny((event: string, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack !== 'function') {
        log.debug({ event, workshopId }, 'socket event without ack ignored');
        return;
      }
      const answer = ack as (response: unknown) => void;
      // Only the protocol's event names become labels and log fields: a client can send any string.
      const command = isClientEventName(event) ? event : undefined;
      const reply = (response: unknown) => {
        monitor.metrics.command(command ?? 'unknown', resultOf(response));
        scheduler.reply(workshopId, () => answer(response));
      };
      const rateLimited = () => {
        refused(ErrorCode.rateLimited, command, 'socket_commands');
        reply(refusal(ErrorCode.rateLimited, 'Too many requests; wait a moment and try again.'));
      };
      if (!limiter.take(rateKey)) return rateLimited();
      if (!deps.sharedLimiter) return handle(event, args, reply);
      deps.sharedLimiter.take(rateKey).then(
        (taken) => (taken ? handle(event, args, reply) : rateLimited()),
        () => handle(event, args, reply),
      );
    });

    /** Everything after the rate limit: the event's name, the role, the payload, then the handler. */
    const handle = (event: string, args: unknown[], reply: (response: unknown) => void) => {
      if (!isClientEventName(event)) {
        refused(ErrorCode.unknownEvent, undefined);
        return reply(refusal(ErrorCode.unknownEvent, `Unknown event "${event.slice(0, 40)}".`));
      }
      // The one role check: handlers trust it (their principal is typed by `EVENT_ROLES`).
      if (!mayUse(principal.role, event)) {
        refused(ErrorCode.forbidden, event);
        return reply(refusal(ErrorCode.forbidden, 'This link may not do that.'));
      }
      const parsed = clientEventSchemas[event].safeParse(args.length > 1 ? args[0] : undefined);
      if (!parsed.success) {
        return reply(refusal(ErrorCode.badRequest, z.prettifyError(parsed.error)));
      }
      const handler = commandHandlers[event] as (c: CommandContext, p: unknown) => Promise<unknown>;
      // Once the workshop has ended, participants may still read (their ballots, presence) but not act.
      const mayHaveEnded = principal.role === 'participant' && !READ_ONLY_EVENTS.has(event);
      const ended = async () =>
        mayHaveEnded && (await deps.store.getWorkshop(workshopId))?.endedAt !== undefined;
      const run = () =>
        ended()
          .then(async (over) =>
            over ? fail(ErrorCode.workshopEnded, 'This workshop has ended.') : handler(ctx, parsed.data),
          )
          .then((result) => {
            const r = result as { ok: true; value: object } | { ok: false; error: ApiError };
            reply(r.ok ? { ok: true, ...r.value } : r);
          })
          .catch((err: unknown) => {
            if (err instanceof StoreUnavailableError) {
              log.warn({ err: err.message, event, workshopId }, 'command failed: store unavailable');
              return reply({ ok: false, error: UNAVAILABLE });
            }
            log.error({ err, event, workshopId }, 'command failed');
            reply(refusal(ErrorCode.internal, 'The server could not do that; try again.'));
          });
      scheduler.submit(workshopId, principal.role === 'participant', run, (why) => {
        refused(why, event, SCHEDULER_LIMITER[why]);
        reply(refusal(ErrorCode.rateLimited, 'The server is busy; try again in a moment.'));
      });
    };
  });

  return io;
}
