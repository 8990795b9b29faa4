import { DEFAULT_CRITERIA } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import type { BallotWords } from '../kinds/settingsPart';
import { ballotLines } from './voteBallotSummary';

const words: BallotWords = {
  labelOf: (id) => ({ a: 'Clean water', b: 'Parks', c: 'Buses' })[id] ?? id,
  criteria: DEFAULT_CRITERIA,
  rating: (r) => r.replace('_', ' '),
};

describe('ballot lines', () => {
  it('reads every kind of ballot', () => {
    expect(ballotLines({ kind: 'dots', allocations: { a: 1, b: 3, c: 0 } }, words)).toEqual([
      'Parks \u2066×3\u2069',
      'Clean water \u2066×1\u2069',
    ]);
    expect(ballotLines({ kind: 'rank', order: ['c', 'a'] }, words)).toEqual([
      '\u20661.\u2069 Buses',
      '\u20662.\u2069 Clean water',
    ]);
    expect(ballotLines({ kind: 'score', scores: { b: { impact: 4, feasibility: 2 } } }, words)).toEqual([
      'Parks: Impact 4 · Feasibility 2',
    ]);
    expect(ballotLines({ kind: 'poll', choices: ['a', 'zz'] }, words)).toEqual(['Clean water', 'zz']);
    expect(ballotLines({ kind: 'status', ratings: { a: 'off_track' } }, words)).toEqual([
      'Clean water: off track',
    ]);
  });
});
