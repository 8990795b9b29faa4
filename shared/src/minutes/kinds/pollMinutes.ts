/** A poll in the minutes: one choice or several, and the options; each option's count in the table. */
import { listText } from '../minutesLabels.js';
import type { MinutesKind } from './minutesKind.js';
import { rankText } from './rankText.js';

export const pollMinutes = {
  method: { ar: 'استطلاع', en: 'Poll' },

  settingsLines(s, locale) {
    const ar = locale === 'ar';
    return [
      s.multiple ? (ar ? 'يُسمح بأكثر من خيار' : 'Several choices allowed') : ar ? 'خيار واحد' : 'One choice',
      (ar ? 'الخيارات: ' : 'Options: ') +
        listText(
          locale,
          (s.options ?? []).map((o) => o.label),
        ),
    ];
  },

  table: (result, _locale, labels, name) => ({
    columns: [labels.rank, labels.option, labels.count],
    rows: result.options.map((o) => [rankText(o), name(o.id), String(o.count)]),
  }),

  sdgPoints: () => [],
} as const satisfies MinutesKind<'poll'>;
