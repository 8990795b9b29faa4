import { criteriaOf } from '@majlis/shared';
import { formatTotal } from '../../results/resultNumbers';
import { criterionLabel } from '../../results/resultsText';
import { rankedReading } from '../common/rankedResults';
import type { ResultsPart } from '../resultsPart';

/** The top of a score's fixed 1–5 scale: bars out of 5, so close totals look close. */
const SCORE_MAX = 5;

/** How a score vote's result reads: weighted totals per item, ranked, on the 1–5 scale. */
export const scoreResultsPart = {
  ...rankedReading<'score'>(
    (result) => result.items.map((i) => ({ id: i.id, value: i.total, rank: i.rank, tied: i.tied })),
    SCORE_MAX,
  ),
  unranked: (result, id) => result.items.find((i) => i.id === id)?.n === 0,
  formatValue: formatTotal,
  valueText: (_t, n) => formatTotal(n),
  shareOfVoters: false,
  targets: 'items',
  // The matrix and the table carry their own captions.
  drawing: 'score',
  caption: null,
  rules: (t, settings) =>
    t('results.howTo.score', {
      criteria: criteriaOf(settings)
        .map((c) => criterionLabel(t, c))
        .join(t('ballot.listSeparator')),
    }),
} as const satisfies ResultsPart<'score'>;
