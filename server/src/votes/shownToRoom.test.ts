import type { StageView, VoteResults } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { shownToRoom } from './VoteService.js';

const results = (voters: number): VoteResults => ({
  voters,
  overall: { kind: 'dots', items: [{ id: 'item_0001', points: voters, rank: 1, tied: false }] },
  byGroup: [{ group: 'other', voters, result: { kind: 'dots', items: [] } }],
});

const stage = (state: StageView['state'], seen: VoteResults | null, anonymous = true): StageView =>
  ({
    id: 'stage_1',
    kind: 'vote',
    state,
    vote: {
      settings: { kind: 'dots', budget: 3, anonymous, results: 'live', source: { type: 'options' } },
      targets: ['item_0001'],
      turnout: seen?.voters ?? 0,
      results: seen,
    },
  }) as unknown as StageView;

describe('shownToRoom', () => {
  it('steps an open anonymous live vote by three new voters, never by re-casts, with no breakdown', () => {
    expect(shownToRoom(stage('open', null), results(0))).toMatchObject({ voters: 0, byGroup: [] });
    expect(shownToRoom(stage('open', null), results(2))).toBeUndefined();
    expect(shownToRoom(stage('open', results(0)), results(2))).toBeUndefined();
    expect(shownToRoom(stage('open', results(0)), results(3))).toMatchObject({ voters: 3, byGroup: [] });
    // Two extra phones re-casting after a real voter change nothing about the count of voters.
    expect(shownToRoom(stage('open', results(3)), results(4))).toBeUndefined();
    expect(shownToRoom(stage('open', results(3)), results(3))).toBeUndefined();
  });

  it('shows everything at close and reveal, and for named votes', () => {
    expect(shownToRoom(stage('closed', results(3)), results(4))?.byGroup).toHaveLength(1);
    expect(shownToRoom(stage('revealed', results(3)), results(4))?.voters).toBe(4);
    expect(shownToRoom(stage('open', null, false), results(1))?.voters).toBe(1);
  });
});
