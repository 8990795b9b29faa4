import { countedValues, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** How a poll's result reads: votes per option, ranked, each also a share of the voters. */
export const pollResultsPart = {
  ...rankedReading<'poll'>((result) =>
    result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied })),
  ),
  ...countedValues(['results.unit.votesOne', 'results.unit.votes']),
  shareOfVoters: true,
  targets: 'options',
  drawing: 'ranked',
  caption: 'results.caption.poll',
  rules: (t, settings) => (settings.multiple ? t('results.howTo.pollMany') : t('results.howTo.pollOne')),
} as const satisfies ResultsPart<'poll'>;
