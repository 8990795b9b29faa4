import { formatNumber } from '../../../lib/numbers';
import { unitText } from '../../results/resultsText';
import { rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

export const rankResultsPart = {
  ...rankedReading<'rank'>((result) =>
    result.items.map((i) => ({ id: i.id, value: i.points, rank: i.rank, tied: i.tied })),
  ),
  unranked: () => false,
  formatValue: formatNumber,
  valueText: (locale, n) => unitText(locale, 'rank', n),
  shareOfVoters: false,
  targets: 'items',
  caption: 'results.caption.rank',
  rules: (t, settings, targets) => {
    const n = Math.min(settings.rankTop ?? targets.length, targets.length);
    return n < targets.length ? t('results.howTo.rankTop', { n }) : t('results.howTo.rankAll');
  },
} as const satisfies ResultsPart<'rank'>;
