/**
 * Every ballot the phone casts goes through here, for every vote stage of the workshop (not just the
 * current one: the room may move on while a phone is offline, and its ballot must still be delivered
 * if that vote is open, or refused with a reason if not). A ballot is written to the device before it
 * is sent, and delivered by the same outbox as ideas (`outbox/outbox.ts`); each submitted draft gets
 * one clientVoteId, so a resend after a lost ack is counted once.
 */
import type { Ballot } from '@majlis/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FetchError } from '../../api/apiFetch';
import { randomId } from '../../lib/randomId';
import { createOutbox } from '../../outbox/outbox';
import { storedValue } from '../../outbox/storedValue';
import { type CommandResult, sendCommand } from '../../sync/sendCommand';
import type { CommandSocket } from '../../sync/useCommandSocket';
import {
  ackBallot,
  type BallotBook,
  dismissRefusal,
  mineBallot,
  type PendingBallot,
  queueBallot,
  readBook,
  refuseBallot,
} from './ballotBook';
import { sameBallot } from './ballotCheck';

const keyFor = (workshopId: string) => `majlis:ballots:${workshopId}`;

export type CastOutcome =
  | { readonly status: 'counted' }
  | { readonly status: 'queued' }
  | { readonly status: 'refused'; readonly error: FetchError };

export interface Ballots {
  readonly book: BallotBook;
  /** Stages whose ballot is on its way right now. */
  readonly sending: ReadonlySet<string>;
  readonly pendingCount: number;
  readonly submit: (stageId: string, ballot: Ballot) => Promise<CastOutcome>;
  /** Asks the server for this phone's ballot of a stage (after a reload or a reconnect). */
  readonly refresh: (stageId: string) => Promise<void>;
  readonly dismiss: (stageId: string) => void;
}

/** A queued ballot with its stage: what the outbox sends. */
interface Outgoing extends PendingBallot {
  readonly stageId: string;
}

type Cast = Extract<CommandResult<'vote:cast'>, { ok: true }>;

const outgoingOf = (book: BallotBook): Outgoing[] =>
  Object.entries(book.pending).map(([stageId, pending]) => ({ stageId, ...pending }));

export function useBallots(workshopId: string, socket: CommandSocket | null, canSend: boolean): Ballots {
  // The book lives in memory, read from the device once and written back on every change.
  const stored = useMemo(() => storedValue(keyFor(workshopId), readBook), [workshopId]);
  const [book, setBook] = useState(stored.get);
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const socketRef = useRef(socket);
  socketRef.current = socket;

  const change = useCallback(
    (update: (b: BallotBook) => BallotBook) => setBook(stored.change(update)),
    [stored],
  );

  const outbox = useMemo(
    () =>
      createOutbox<Outgoing, Cast>({
        waiting: () => outgoingOf(stored.get()),
        keyOf: (entry) => entry.stageId,
        send: ({ stageId, ballot, clientVoteId }) =>
          sendCommand(socketRef.current, 'vote:cast', { stageId, ballot, clientVoteId }),
        delivered: ({ stageId, clientVoteId }, ack) =>
          change((b) => ackBallot(b, stageId, clientVoteId, { ballot: ack.ballot, castAt: ack.castAt })),
        // Kept in the book whether or not anyone was watching: the ballot form shows why it did not count.
        refused: ({ stageId, clientVoteId }, error) =>
          change((b) => refuseBallot(b, stageId, clientVoteId, error)),
        onSending: setSending,
      }),
    [stored, change],
  );

  useEffect(() => {
    outbox.setOnline(canSend);
  }, [outbox, canSend]);
  useEffect(() => () => outbox.dispose(), [outbox]);

  const submit = useCallback(
    async (stageId: string, ballot: Ballot): Promise<CastOutcome> => {
      const waiting = stored.get().pending[stageId];
      // Submitting the same ballot twice is one submission: it keeps its id, so it counts once.
      const entry: PendingBallot =
        waiting && sameBallot(waiting.ballot, ballot) ? waiting : { ballot, clientVoteId: randomId() };
      change((b) => queueBallot(b, stageId, entry));
      const delivery = await outbox.submit({ stageId, ...entry });
      return delivery.status === 'delivered'
        ? { status: 'counted' }
        : delivery.status === 'queued'
          ? { status: 'queued' }
          : { status: 'refused', error: delivery.error };
    },
    [stored, change, outbox],
  );

  const refresh = useCallback(
    async (stageId: string) => {
      const result = await sendCommand(socket, 'vote:mine', { stageId });
      if (!result.ok) return;
      const mine =
        result.ballot && result.castAt !== null ? { ballot: result.ballot, castAt: result.castAt } : null;
      change((b) => mineBallot(b, stageId, mine, outbox.isSending(stageId)));
    },
    [socket, change, outbox],
  );

  const dismiss = useCallback((stageId: string) => change((b) => dismissRefusal(b, stageId)), [change]);

  const pendingCount = Object.keys(book.pending).length;
  return { book, sending, pendingCount, submit, refresh, dismiss };
}
