import { countedValues, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** How an approval vote's result reads: approvals per item, ranked, each also a share of the voters. */
export const approvalResultsPart = {
  ...rankedReading<'approval'>((result) =>
    result.items.map((i) => ({ id: i.id, value: i.approvals, rank: i.rank, tied: i.tied })),
  ),
  ...countedValues(['results.unit.approvalsOne', 'results.unit.approvals']),
  shareOfVoters: true,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.approval',
  rules: (t) => t('results.howTo.approval'),
} as const satisfies ResultsPart<'approval'>;
