/**
 * Approval voting in the minutes: any number of items, or none, in words; rank, item, approvals and
 * the share of voters who approved it in the table.
 */
import type { Locale } from '../../locale.js';
import type { MinutesKind } from './minutesKind.js';
import { rankText } from './rankText.js';

/** Its own columns' names: no other kind's table has them. */
const COLUMNS = {
  ar: { approvals: 'الموافقات', shareOfVoters: 'نسبة المصوّتين' },
  en: { approvals: 'Approvals', shareOfVoters: 'Share of voters' },
} as const satisfies Record<Locale, Record<string, string>>;

/** A share of voters as a whole percentage: 0.667 → `67%`. */
const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const approvalMinutes = {
  method: { ar: 'التصويت بالموافقة', en: 'Approval voting' },

  settingsLines: (_s, locale) => [
    locale === 'ar'
      ? 'يوافق كل مشارك على ما يشاء من البنود، أو لا يوافق على أي منها'
      : 'Each participant approves any number of the items, or none',
  ],

  table: (result, locale, labels, name) => ({
    columns: [labels.rank, labels.item, COLUMNS[locale].approvals, COLUMNS[locale].shareOfVoters],
    rows: result.items.map((e) => [rankText(e), name(e.id), String(e.approvals), percent(e.share)]),
  }),

  // Approvals are not points: the SDG summary counts dots and Borda points only.
  sdgPoints: () => [],
} as const satisfies MinutesKind<'approval'>;
