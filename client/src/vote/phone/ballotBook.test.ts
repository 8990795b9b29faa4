import { type Ballot, ballotSchema, STATUS_RATINGS } from '@majlis/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ackBallot,
  type BallotBook,
  dismissRefusal,
  EMPTY_BOOK,
  mineBallot,
  queueBallot,
  readBook,
  refuseBallot,
} from './ballotBook';
import { isBallotLike } from './ballotDraft';

const A: Ballot = { kind: 'dots', allocations: { a: 1 } };
const B: Ballot = { kind: 'dots', allocations: { b: 2 } };

describe('ballot book', () => {
  it('an ack ends the queue only for its own submission', () => {
    let book = queueBallot(EMPTY_BOOK, 's', { ballot: A, clientVoteId: 'id1' });
    book = queueBallot(book, 's', { ballot: B, clientVoteId: 'id2' });
    book = ackBallot(book, 's', 'id1', { ballot: A, castAt: 10 });
    expect(book.pending.s?.clientVoteId).toBe('id2');
    expect(book.stored.s?.ballot).toEqual(A);
    book = ackBallot(book, 's', 'id2', { ballot: B, castAt: 20 });
    expect(book.pending.s).toBeUndefined();
    expect(book.stored.s?.castAt).toBe(20);
  });

  it('keeps the newest ack when acks cross on the wire', () => {
    let book = ackBallot(EMPTY_BOOK, 's', 'id2', { ballot: B, castAt: 20 });
    book = ackBallot(book, 's', 'id1', { ballot: A, castAt: 10 });
    expect(book.stored.s?.ballot).toEqual(B);
  });

  it('a refusal takes the ballot out of the queue with its reason; a new submission clears it', () => {
    let book = queueBallot(EMPTY_BOOK, 's', { ballot: A, clientVoteId: 'id1' });
    expect(refuseBallot(book, 's', 'other', { code: 'vote_closed', message: '' })).toBe(book);
    book = refuseBallot(book, 's', 'id1', { code: 'vote_closed', message: 'closed' });
    expect(book.pending.s).toBeUndefined();
    expect(book.refused.s).toEqual({ ballot: A, code: 'vote_closed', message: 'closed' });
    expect(dismissRefusal(book, 's').refused.s).toBeUndefined();
    expect(queueBallot(book, 's', { ballot: B, clientVoteId: 'id2' }).refused.s).toBeUndefined();
  });

  it("trusts the server's answer unless a send is on its way or an ack is newer", () => {
    const stored = ackBallot(EMPTY_BOOK, 's', 'x', { ballot: B, castAt: 20 });
    expect(mineBallot(stored, 's', { ballot: A, castAt: 10 }, false)).toBe(stored);
    expect(mineBallot(stored, 's', { ballot: A, castAt: 30 }, false).stored.s?.ballot).toEqual(A);
    expect(mineBallot(stored, 's', null, true)).toBe(stored);
    expect(mineBallot(stored, 's', null, false).stored.s).toBeUndefined();
    const queued = queueBallot(stored, 's', { ballot: A, clientVoteId: 'y' });
    expect(mineBallot(queued, 's', null, false)).toBe(queued);
  });

  it('reads back only well-formed entries', () => {
    const book = readBook({
      stored: { s: { ballot: A, castAt: 1 }, t: { ballot: 'x', castAt: 1 } },
      pending: { s: { ballot: B } },
      refused: { s: { ballot: A, code: 'vote_closed', message: 'm' } },
    });
    expect(Object.keys(book.stored)).toEqual(['s']);
    expect(book.pending).toEqual({});
    expect(book.refused.s?.code).toBe('vote_closed');
    expect(readBook(null)).toEqual(EMPTY_BOOK);
  });
});

const TARGET = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
/** Ballots of every kind that the server's schema takes. */
const BALLOT: fc.Arbitrary<Ballot> = fc
  .oneof(
    fc.record({
      kind: fc.constant('dots'),
      allocations: fc.dictionary(TARGET, fc.integer({ min: 0, max: 100 })),
    }),
    fc.record({ kind: fc.constant('rank'), order: fc.uniqueArray(TARGET, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('score'),
      scores: fc.dictionary(TARGET, fc.dictionary(TARGET, fc.integer({ min: 1, max: 5 }))),
    }),
    fc.record({ kind: fc.constant('poll'), choices: fc.uniqueArray(TARGET, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('status'),
      ratings: fc.dictionary(TARGET, fc.constantFrom(...STATUS_RATINGS)),
    }),
  )
  .filter((b) => ballotSchema.safeParse(b).success) as fc.Arbitrary<Ballot>;

const STAGE = fc.stringMatching(/^[A-Za-z0-9_-]{6,12}$/);
const BOOK: fc.Arbitrary<BallotBook> = fc.record({
  stored: fc.dictionary(STAGE, fc.record({ ballot: BALLOT, castAt: fc.nat() })),
  pending: fc.dictionary(STAGE, fc.record({ ballot: BALLOT, clientVoteId: STAGE })),
  refused: fc.dictionary(
    STAGE,
    fc.record({ ballot: BALLOT, code: fc.constantFrom('vote_closed', 'over_budget'), message: fc.string() }),
  ),
});

describe('readBook', () => {
  it('reads back every book this phone writes, unchanged', () => {
    fc.assert(
      fc.property(BOOK, (book) => {
        expect(readBook(JSON.parse(JSON.stringify(book)))).toEqual(book);
      }),
    );
  });

  it('never throws on what it finds, and keeps only well-formed entries', () => {
    const damaged = fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      BOOK.chain((book) =>
        fc.record({ stored: fc.anything(), pending: fc.constant(book.pending), refused: fc.jsonValue() }),
      ),
    );
    fc.assert(
      fc.property(damaged, (value) => {
        const book = readBook(value);
        expect(readBook(JSON.parse(JSON.stringify(book)))).toEqual(book);
        for (const part of [book.stored, book.pending, book.refused])
          for (const entry of Object.values(part)) expect(isBallotLike(entry.ballot)).toBe(true);
      }),
    );
  });
});
