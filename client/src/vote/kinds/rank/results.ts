import { countedValues, pointsEntries, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** How a ranking's result reads: Borda points per item, ranked. */
export const rankResultsPart = {
  ...rankedReading<'rank'>(pointsEntries),
  ...countedValues(['results.unit.pointsOne', 'results.unit.points']),
  shareOfVoters: false,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.rank',
  rules: (t, settings, targets) => {
    const n = Math.min(settings.rankTop ?? targets.length, targets.length);
    return n < targets.length ? t('results.howTo.rankTop', { n }) : t('results.howTo.rankAll');
  },
} as const satisfies ResultsPart<'rank'>;
