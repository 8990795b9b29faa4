/** Scoring in the minutes: the weighted criteria; each criterion's mean and the weighted total in the table. */
import { criteriaOf } from '../../vote/kinds/score.js';
import { listText } from '../minutesLabels.js';
import type { MinutesKind } from './minutesKind.js';
import { decimal, rankText } from './rankText.js';

export const scoreMinutes = {
  method: { ar: 'التقييم حسب المعايير', en: 'Scoring on criteria' },

  settingsLines(s, locale) {
    const ar = locale === 'ar';
    return [
      (ar ? 'المعايير (من 1 إلى 5): ' : 'Criteria (1–5): ') +
        listText(
          locale,
          criteriaOf(s).map((c) =>
            ar ? `${c.label} (الوزن ${c.weight})` : `${c.label} (weight ${c.weight})`,
          ),
        ),
    ];
  },

  table: (result, _locale, labels, name) => ({
    columns: [
      labels.rank,
      labels.item,
      ...result.criteria.map((c) => c.label),
      labels.totalScore,
      labels.responses,
    ],
    rows: result.items.map((e) => [
      rankText(e),
      name(e.id),
      ...result.criteria.map((c) => decimal(e.means[c.id] ?? 0)),
      decimal(e.total),
      String(e.n),
    ]),
  }),

  sdgPoints: () => [],
} as const satisfies MinutesKind<'score'>;
