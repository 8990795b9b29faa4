/**
 * What this phone knows about its own ballots, per vote stage: the one the server holds, the one
 * waiting to be sent, and the one the server refused. Kept on the device, so a reload or a dead
 * battery neither loses a ballot nor forgets why it did not count. Pure: the hook persists it.
 */
import type { Ballot } from '@majlis/shared';
import { isBallotLike } from './ballotDraft';

/** The ballot the server acknowledged, with its server time. */
export interface StoredBallot {
  readonly ballot: Ballot;
  readonly castAt: number;
}

/** A ballot submitted on this phone and not yet acknowledged. Its id makes a resend harmless. */
export interface PendingBallot {
  readonly ballot: Ballot;
  readonly clientVoteId: string;
}

/** A ballot the server said no to, with its reason, until the participant has read it. */
export interface RefusedBallot {
  readonly ballot: Ballot;
  readonly code: string;
  readonly message: string;
}

export interface BallotBook {
  readonly stored: Readonly<Record<string, StoredBallot>>;
  readonly pending: Readonly<Record<string, PendingBallot>>;
  readonly refused: Readonly<Record<string, RefusedBallot>>;
}

export const EMPTY_BOOK: BallotBook = { stored: {}, pending: {}, refused: {} };

const without = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const copy = { ...record };
  delete copy[key];
  return copy;
};

/** Queues a submitted ballot; a new submission replaces what was waiting and clears an old refusal. */
export function queueBallot(book: BallotBook, stageId: string, pending: PendingBallot): BallotBook {
  return {
    ...book,
    pending: { ...book.pending, [stageId]: pending },
    refused: without(book.refused, stageId),
  };
}

/** The server stored a ballot. Only the newest acknowledgement counts: acks of an earlier send can
 * arrive after a later one. The queued ballot is done only if this ack is for it. */
export function ackBallot(
  book: BallotBook,
  stageId: string,
  clientVoteId: string,
  stored: StoredBallot,
): BallotBook {
  const current = book.stored[stageId];
  const newer = !current || stored.castAt >= current.castAt;
  const done = book.pending[stageId]?.clientVoteId === clientVoteId;
  return {
    ...book,
    stored: newer ? { ...book.stored, [stageId]: stored } : book.stored,
    pending: done ? without(book.pending, stageId) : book.pending,
  };
}

/** The server refused the queued ballot `clientVoteId`: it leaves the queue, with its reason. */
export function refuseBallot(
  book: BallotBook,
  stageId: string,
  clientVoteId: string,
  error: { readonly code: string; readonly message: string },
): BallotBook {
  const pending = book.pending[stageId];
  if (pending?.clientVoteId !== clientVoteId) return book;
  return {
    ...book,
    pending: without(book.pending, stageId),
    refused: { ...book.refused, [stageId]: { ballot: pending.ballot, ...error } },
  };
}

/**
 * The server's answer to "what is my ballot?". While a ballot of this stage is queued or on its way
 * the answer may predate it, so it is ignored; otherwise it is the truth, unless an ack this phone
 * already has is newer (answers and acks can cross on the wire).
 */
export function mineBallot(
  book: BallotBook,
  stageId: string,
  mine: StoredBallot | null,
  busy: boolean,
): BallotBook {
  if (busy || book.pending[stageId]) return book;
  const current = book.stored[stageId];
  if (mine === null) return current ? { ...book, stored: without(book.stored, stageId) } : book;
  if (current && current.castAt > mine.castAt) return book;
  return { ...book, stored: { ...book.stored, [stageId]: mine } };
}

/** The participant has read the refusal. */
export function dismissRefusal(book: BallotBook, stageId: string): BallotBook {
  return book.refused[stageId] ? { ...book, refused: without(book.refused, stageId) } : book;
}

/** Whether a value read from storage is a ballot book; entries of another shape are dropped. */
export function readBook(value: unknown): BallotBook {
  if (typeof value !== 'object' || value === null) return EMPTY_BOOK;
  const v = value as Record<string, unknown>;
  const entries = <T>(x: unknown, ok: (e: Record<string, unknown>) => boolean): Record<string, T> => {
    if (typeof x !== 'object' || x === null) return {};
    return Object.fromEntries(
      Object.entries(x).filter(
        ([, e]) =>
          typeof e === 'object' && e !== null && isBallotLike((e as { ballot?: unknown }).ballot) && ok(e),
      ),
    ) as Record<string, T>;
  };
  return {
    stored: entries<StoredBallot>(v.stored, (e) => typeof e.castAt === 'number'),
    pending: entries<PendingBallot>(v.pending, (e) => typeof e.clientVoteId === 'string'),
    refused: entries<RefusedBallot>(
      v.refused,
      (e) => typeof e.code === 'string' && typeof e.message === 'string',
    ),
  };
}
