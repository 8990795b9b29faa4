import { formatNumber } from '../../../lib/numbers';
import { unitText } from '../../results/resultsText';
import { rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

export const pollResultsPart = {
  ...rankedReading<'poll'>((result) =>
    result.options.map((o) => ({ id: o.id, value: o.count, rank: o.rank, tied: o.tied })),
  ),
  unranked: () => false,
  formatValue: formatNumber,
  valueText: (locale, n) => unitText(locale, 'poll', n),
  shareOfVoters: true,
  targets: 'options',
  caption: 'results.caption.poll',
  rules: (t, settings) => (settings.multiple ? t('results.howTo.pollMany') : t('results.howTo.pollOne')),
} as const satisfies ResultsPart<'poll'>;
