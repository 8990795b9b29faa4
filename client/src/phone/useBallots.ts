/**
 * Every ballot the phone casts goes through here, for every vote stage of the workshop (not just the
 * current one: the room may move on while a phone is offline, and its ballot must still be delivered
 * if that vote is open, or refused with a reason if not). A ballot is written to the device before it
 * is sent; each submitted draft gets one clientVoteId, so a resend after a lost ack is counted once.
 */
import type { Ballot } from '@majlis/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FetchError } from '../api/apiFetch';
import { randomId } from '../lib/randomId';
import { readJson, writeJson } from '../lib/storage';
import { sendCommand } from '../sync/sendCommand';
import type { CommandSocket } from '../sync/useCommandSocket';
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

const RETRY_MS = 15_000;
const keyFor = (workshopId: string) => `majlis:ballots:${workshopId}`;
const anything = (v: unknown): v is unknown => v !== undefined;

/** Failures worth retrying: the network, a slow or busy server. Anything else is the server's "no". */
export const isRetryable = (error: FetchError) =>
  error.code === 'network' ||
  error.code === 'timeout' ||
  error.code === 'rate_limited' ||
  error.code === 'internal';

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

export function useBallots(workshopId: string, socket: CommandSocket | null, canSend: boolean): Ballots {
  const key = keyFor(workshopId);
  const [book, setBook] = useState<BallotBook>(() => readBook(readJson(key, anything)));
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const inFlight = useRef(new Set<string>());
  const flushing = useRef(false);

  // Read, change and write synchronously: two answers landing in one tick must not overwrite each other.
  const change = useCallback(
    (update: (b: BallotBook) => BallotBook) => {
      const next = update(readBook(readJson(key, anything)));
      writeJson(key, next);
      setBook(next);
    },
    [key],
  );

  const attempt = useCallback(
    async (stageId: string, entry: PendingBallot): Promise<CastOutcome> => {
      inFlight.current.add(stageId);
      setSending(new Set(inFlight.current));
      try {
        const result = await sendCommand(socket, 'vote:cast', {
          stageId,
          ballot: entry.ballot,
          clientVoteId: entry.clientVoteId,
        });
        if (result.ok) {
          change((b) =>
            ackBallot(b, stageId, entry.clientVoteId, { ballot: result.ballot, castAt: result.castAt }),
          );
          return { status: 'counted' };
        }
        if (isRetryable(result.error)) return { status: 'queued' };
        change((b) => refuseBallot(b, stageId, entry.clientVoteId, result.error));
        return { status: 'refused', error: result.error };
      } finally {
        inFlight.current.delete(stageId);
        setSending(new Set(inFlight.current));
      }
    },
    [socket, change],
  );

  const submit = useCallback(
    async (stageId: string, ballot: Ballot): Promise<CastOutcome> => {
      const waiting = readBook(readJson(key, anything)).pending[stageId];
      // Submitting the same ballot twice is one submission: it keeps its id, so it counts once.
      const entry: PendingBallot =
        waiting && sameBallot(waiting.ballot, ballot) ? waiting : { ballot, clientVoteId: randomId() };
      change((b) => queueBallot(b, stageId, entry));
      return canSend ? attempt(stageId, entry) : { status: 'queued' };
    },
    [key, canSend, attempt, change],
  );

  const flush = useCallback(async () => {
    if (flushing.current || !canSend) return;
    flushing.current = true;
    try {
      for (const [stageId, entry] of Object.entries(readBook(readJson(key, anything)).pending)) {
        if (inFlight.current.has(stageId)) continue;
        const outcome = await attempt(stageId, entry);
        if (outcome.status === 'queued') break;
      }
    } finally {
      flushing.current = false;
    }
  }, [key, canSend, attempt]);

  const pendingCount = Object.keys(book.pending).length;
  useEffect(() => {
    if (pendingCount === 0 || !canSend) return;
    void flush();
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pendingCount, canSend, flush]);

  const refresh = useCallback(
    async (stageId: string) => {
      const result = await sendCommand(socket, 'vote:mine', { stageId });
      if (!result.ok) return;
      const mine =
        result.ballot && result.castAt !== null ? { ballot: result.ballot, castAt: result.castAt } : null;
      change((b) => mineBallot(b, stageId, mine, inFlight.current.has(stageId)));
    },
    [socket, change],
  );

  const dismiss = useCallback((stageId: string) => change((b) => dismissRefusal(b, stageId)), [change]);

  return { book, sending, pendingCount, submit, refresh, dismiss };
}
