/** Dot voting in the minutes: the budget and cap in words; rank, item and dots in the table. */
import type { MinutesKind } from './minutesKind.js';
import { rankText } from './rankText.js';

export const dotsMinutes = {
  method: { ar: 'التصويت بالنقاط', en: 'Dot voting' },

  settingsLines(s, locale) {
    const ar = locale === 'ar';
    const lines = [ar ? `${s.budget ?? 0} نقاط لكل مشارك` : `${s.budget ?? 0} dots each`];
    if (s.maxPerItem !== undefined)
      lines.push(ar ? `${s.maxPerItem} نقاط كحد أقصى للبند الواحد` : `At most ${s.maxPerItem} on one item`);
    return lines;
  },

  table: (result, _locale, labels, name) => ({
    columns: [labels.rank, labels.item, labels.points],
    rows: result.items.map((e) => [rankText(e), name(e.id), String(e.points)]),
  }),

  sdgPoints: (result) => result.items,
} as const satisfies MinutesKind<'dots'>;
