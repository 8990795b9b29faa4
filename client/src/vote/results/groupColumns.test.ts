import { tallyVote } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { groupColumns } from './groupColumns';
import { cellOf } from './rankedRows';
import { dotSettings } from './resultFixtures';

describe('groupColumns', () => {
  it('lines every shown group up beside the overall result', () => {
    const ballot = (a: number) => ({ kind: 'dots' as const, allocations: { a, b: 5 - a } });
    const counted = [
      ...[5, 4, 3].map((a) => ({ group: 'government' as const, ballot: ballot(a) })),
      ...[0, 1, 2].map((a) => ({ group: 'academia' as const, ballot: ballot(a) })),
      ...[0, 1, 2, 3].map((a) => ({ group: 'civil_society' as const, ballot: ballot(a) })),
      { group: 'community' as const, ballot: ballot(5) },
    ];
    const results = tallyVote(dotSettings, ['a', 'b'], counted);
    const columns = groupColumns(results);
    expect(columns.map((c) => [c.key, c.voters])).toEqual([
      ['overall', 11],
      ['civil_society', 4],
      ['academia', 3],
      ['other', 4],
    ]);
    // The one community voter was pooled with a smallest group into "other", never shown alone.
    expect(cellOf(columns[3]?.result ?? results.overall, 'a')).toMatchObject({ value: 17, rank: 1 });
  });
});
