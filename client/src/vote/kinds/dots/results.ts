import { countedValues, pointsEntries, rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** How a dot vote's result reads: dots per item, ranked. */
export const dotsResultsPart = {
  ...rankedReading<'dots'>(pointsEntries),
  ...countedValues(['results.unit.dotsOne', 'results.unit.dots']),
  shareOfVoters: false,
  targets: 'items',
  drawing: 'ranked',
  caption: 'results.caption.dots',
  rules: (t, settings) =>
    settings.maxPerItem !== undefined
      ? t('results.howTo.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
      : t('results.howTo.dots', { budget: settings.budget ?? 0 }),
} as const satisfies ResultsPart<'dots'>;
