/** A progress rating in the minutes: the ratings in words; the count of each rating in the table. */
import { STATUS_RATINGS } from '../../vote/voteKinds.js';
import { listText, STATUS_RATING_LABELS } from '../minutesLabels.js';
import type { MinutesKind } from './minutesKind.js';

export const statusMinutes = {
  method: { ar: 'تقييم حالة التنفيذ', en: 'Progress rating' },

  settingsLines: (_s, locale) => [
    (locale === 'ar' ? 'يقيّم كل مشارك كل بند: ' : 'Each participant rates each item: ') +
      listText(
        locale,
        STATUS_RATINGS.map((r) => STATUS_RATING_LABELS[r][locale]),
      ),
  ],

  // Not ranked: the items in their own order.
  table: (result, locale, labels, name) => ({
    columns: [labels.item, ...STATUS_RATINGS.map((r) => STATUS_RATING_LABELS[r][locale]), labels.responses],
    rows: result.items.map((e) => [
      name(e.id),
      ...STATUS_RATINGS.map((r) => String(e.counts[r] ?? 0)),
      String(e.n),
    ]),
  }),

  sdgPoints: () => [],
} as const satisfies MinutesKind<'status'>;
