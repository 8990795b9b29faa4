/** The columns of a comparison by stakeholder group. */
import { type GroupResult, type KindResult, STAKEHOLDER_GROUPS, type VoteResults } from '@majlis/shared';

export interface GroupColumn {
  readonly key: string;
  /** Null for everyone's result. */
  readonly group: GroupResult['group'] | null;
  readonly voters: number;
  readonly result: KindResult;
}

/** Everyone first, then each group the tally shows, in the app's group order (as in the presence
 * panel and the join form), not the tally's order by size; the pooled `other` last. */
export function groupColumns(results: VoteResults): GroupColumn[] {
  return [
    { key: 'overall', group: null, voters: results.voters, result: results.overall },
    ...[...results.byGroup]
      .sort((a, b) => STAKEHOLDER_GROUPS.indexOf(a.group) - STAKEHOLDER_GROUPS.indexOf(b.group))
      .map((g) => ({ key: g.group, group: g.group, voters: g.voters, result: g.result })),
  ];
}
