import { VOTE_KINDS, type VoteKind } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import type { BallotPart } from './ballotPart';
import { BALLOT_PARTS } from './ballots';

// Every field of a ballot part; the compiler checks the list is complete.
const FIELDS = {
  Ballot: true,
  SummaryLines: true,
  emptyDraft: true,
  isShaped: true,
  fit: true,
  progress: true,
  problem: true,
  problemText: true,
  canonical: true,
  how: true,
  meter: true,
  meterPips: true,
  sendText: true,
} as const satisfies Record<keyof BallotPart<VoteKind>, true>;

// The registry is `satisfies BallotParts`, so a kind missing a part does not compile; this checks the
// same at run time, and that nothing else slipped in.
describe('ballot parts', () => {
  it('has every field for every kind, and no other kinds', () => {
    expect(Object.keys(BALLOT_PARTS).sort()).toEqual([...VOTE_KINDS].sort());
    for (const kind of VOTE_KINDS) {
      const part = BALLOT_PARTS[kind];
      expect({ kind, fields: Object.keys(part).sort() }).toEqual({
        kind,
        fields: Object.keys(FIELDS).sort(),
      });
      for (const field of Object.keys(FIELDS) as Array<keyof typeof FIELDS>)
        expect({ kind, field, type: typeof part[field] }).toEqual({ kind, field, type: 'function' });
    }
  });

  it('starts each kind with an empty draft of its own kind', () => {
    for (const kind of VOTE_KINDS) expect(BALLOT_PARTS[kind].emptyDraft().kind).toBe(kind);
  });
});
