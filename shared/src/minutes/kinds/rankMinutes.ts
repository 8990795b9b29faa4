/** Ranking in the minutes: how many items each orders and the Borda count; Borda points in the table. */
import type { MinutesKind } from './minutesKind.js';
import { rankText } from './rankText.js';

export const rankMinutes = {
  method: { ar: 'الترتيب (عدّ بوردا)', en: 'Ranking (Borda count)' },

  settingsLines(s, locale) {
    const ar = locale === 'ar';
    return [
      s.rankTop === undefined
        ? ar
          ? 'يرتّب كل مشارك جميع البنود'
          : 'Each participant ranks all the items'
        : ar
          ? `يرتّب كل مشارك أهم ${s.rankTop} بنود`
          : `Each participant ranks their top ${s.rankTop}`,
      ar
        ? 'عدّ بوردا: في ترتيب من k بنود ينال الأول k نقاط والأخير نقطة واحدة'
        : 'Borda count: in a ranking of k items the first gets k points, the last 1',
    ];
  },

  table: (result, _locale, labels, name) => ({
    columns: [labels.rank, labels.item, labels.bordaPoints],
    rows: result.items.map((e) => [rankText(e), name(e.id), String(e.points)]),
  }),

  sdgPoints: (result) => result.items,
} as const satisfies MinutesKind<'rank'>;
