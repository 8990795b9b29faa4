import { formatNumber } from '../../../lib/numbers';
import { unitText } from '../../results/resultsText';
import { rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

export const dotsResultsPart = {
  ...rankedReading<'dots'>((result) =>
    result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied })),
  ),
  unranked: () => false,
  formatValue: formatNumber,
  valueText: (locale, n) => unitText(locale, 'dots', n),
  shareOfVoters: false,
  targets: 'items',
  caption: 'results.caption.dots',
  rules: (t, settings) =>
    settings.maxPerItem !== undefined
      ? t('results.howTo.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
      : t('results.howTo.dots', { budget: settings.budget ?? 0 }),
} as const satisfies ResultsPart<'dots'>;
