import type { Bilingual } from './locale.js';

/** Stakeholder groups a participant chooses from when joining. Order is the display order. */
export const STAKEHOLDER_GROUPS = [
  'government',
  'un_agency',
  'civil_society',
  'academia',
  'private_sector',
  'community',
  'other',
] as const;
export type StakeholderGroup = (typeof STAKEHOLDER_GROUPS)[number];

/** Display names of the stakeholder groups. */
export const GROUP_LABELS: Readonly<Record<StakeholderGroup, Bilingual>> = {
  government: { ar: 'جهات حكومية', en: 'Government' },
  un_agency: { ar: 'وكالات الأمم المتحدة', en: 'UN agencies' },
  civil_society: { ar: 'المجتمع المدني', en: 'Civil society' },
  academia: { ar: 'الجامعات ومراكز البحث', en: 'Academia' },
  private_sector: { ar: 'القطاع الخاص', en: 'Private sector' },
  community: { ar: 'المجتمع المحلي والشباب', en: 'Community and youth' },
  other: { ar: 'أخرى', en: 'Other' },
};

/** A count per stakeholder group, every group present (zero when nobody). */
export type GroupCounts = Record<StakeholderGroup, number>;

/** A GroupCounts with every group at zero. */
export function emptyGroupCounts(): GroupCounts {
  const counts = {} as GroupCounts;
  for (const g of STAKEHOLDER_GROUPS) counts[g] = 0;
  return counts;
}
