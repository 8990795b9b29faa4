/**
 * The words of the minutes in Arabic and English: headings and column names, stage kinds, action
 * statuses, status ratings and list separators. What each vote kind says of itself (its method,
 * its settings in words) is in kinds/.
 */
import type { ActionStatus } from '../doc/outcomeOps.js';
import type { StageKind } from '../domain.js';
import type { Bilingual, Locale } from '../locale.js';
import type { StatusRating } from '../vote/voteKinds.js';
import type { MinutesLabel } from './model.js';

/** Every fixed label of the minutes, in each language. */
export const MINUTES_TEXT: Readonly<Record<Locale, Readonly<Record<MinutesLabel, string>>>> = {
  ar: {
    minutes: 'محضر الورشة',
    date: 'التاريخ',
    place: 'المكان',
    organizers: 'الجهات المنظمة',
    attendance: 'الحضور',
    participants: 'المشاركون الذين وافقوا على ذكر أسمائهم',
    group: 'الفئة',
    count: 'العدد',
    total: 'المجموع',
    name: 'الاسم',
    organization: 'الجهة',
    agenda: 'جدول الأعمال',
    stage: 'المرحلة',
    items: 'البنود',
    item: 'البند',
    sdgs: 'أهداف التنمية المستدامة',
    contributedBy: 'مساهمة من',
    theme: 'المحور',
    mergedFrom: 'دُمج فيه',
    notes: 'الملاحظات',
    vote: 'التصويت',
    method: 'الطريقة',
    settings: 'الإعدادات',
    turnout: 'عدد المصوّتين',
    results: 'النتائج',
    resultsByGroup: 'النتائج حسب الفئة',
    notShownToRoom: 'لم تُعرض هذه النتائج على القاعة.',
    noVotes: 'لا توجد أصوات.',
    decisions: 'القرارات',
    actions: 'الإجراءات',
    decision: 'القرار',
    action: 'الإجراء',
    owner: 'المسؤول',
    due: 'الموعد',
    status: 'الحالة',
    linkedItems: 'البنود المرتبطة',
    sdgSummary: 'ملخص أهداف التنمية المستدامة',
    goal: 'الهدف',
    votes: 'الأصوات',
    appendix: 'ملحق: سجل التدقيق',
    auditEntries: 'عدد القيود',
    auditHash: 'البصمة الأخيرة',
    auditIntact: 'السلسلة سليمة',
    auditBroken: 'السلسلة غير سليمة',
    page: 'صفحة',
    workshopOutcomes: 'قرارات وإجراءات الورشة',
    description: 'الوصف',
    rank: 'الترتيب',
    points: 'النقاط',
    bordaPoints: 'نقاط بوردا',
    totalScore: 'المجموع المرجّح',
    responses: 'عدد التقييمات',
    option: 'الخيار',
    voters: 'المصوّتون',
    pooledGroups: 'أخرى ومجموعات صغيرة (مجمّعة)',
    missingItem: '(بند محذوف)',
    sdgVotesNote:
      'الأصوات: النقاط (التصويت بالنقاط) ونقاط بوردا (الترتيب) التي نالتها البنود الموسومة بالهدف.',
    none: '—',
    overall: 'جميع المصوّتين',
    type: 'النوع',
    measure: 'المقياس',
    value: 'القيمة',
  },
  en: {
    minutes: 'Workshop minutes',
    date: 'Date',
    place: 'Place',
    organizers: 'Organizers',
    attendance: 'Attendance',
    participants: 'Participants who agreed to be named',
    group: 'Group',
    count: 'Count',
    total: 'Total',
    name: 'Name',
    organization: 'Organization',
    agenda: 'Agenda',
    stage: 'Stage',
    items: 'Items',
    item: 'Item',
    sdgs: 'SDGs',
    contributedBy: 'Contributed by',
    theme: 'Theme',
    mergedFrom: 'Merged from',
    notes: 'Notes',
    vote: 'Vote',
    method: 'Method',
    settings: 'Settings',
    turnout: 'Turnout',
    results: 'Results',
    resultsByGroup: 'Results by group',
    notShownToRoom: 'These results were not shown to the room.',
    noVotes: 'No votes.',
    decisions: 'Decisions',
    actions: 'Action items',
    decision: 'Decision',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    linkedItems: 'Linked items',
    sdgSummary: 'SDG summary',
    goal: 'Goal',
    votes: 'Votes',
    appendix: 'Appendix: audit log',
    auditEntries: 'Entries',
    auditHash: 'Final hash',
    auditIntact: 'Chain intact',
    auditBroken: 'Chain broken',
    page: 'Page',
    workshopOutcomes: 'Workshop decisions and action items',
    description: 'Description',
    rank: 'Rank',
    points: 'Points',
    bordaPoints: 'Borda points',
    totalScore: 'Weighted total',
    responses: 'Responses',
    option: 'Option',
    voters: 'Voters',
    pooledGroups: 'Other and smaller groups (pooled)',
    missingItem: '(deleted item)',
    sdgVotesNote:
      'Votes: dots (dot votes) and Borda points (ranking votes) received by the items tagged with the goal.',
    none: '—',
    overall: 'All voters',
    type: 'Type',
    measure: 'Measure',
    value: 'Value',
  },
};

export const STAGE_KIND_LABELS: Readonly<Record<StageKind, Bilingual>> = {
  list: { ar: 'قائمة أفكار', en: 'List of ideas' },
  vote: { ar: 'تصويت', en: 'Vote' },
  notes: { ar: 'ملاحظات', en: 'Notes' },
  info: { ar: 'معلومات', en: 'Information' },
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, Bilingual>> = {
  open: { ar: 'لم يبدأ', en: 'Open' },
  in_progress: { ar: 'قيد التنفيذ', en: 'In progress' },
  done: { ar: 'منجز', en: 'Done' },
};

export const STATUS_RATING_LABELS: Readonly<Record<StatusRating, Bilingual>> = {
  on_track: { ar: 'على المسار', en: 'On track' },
  partly: { ar: 'جزئياً', en: 'Partly' },
  off_track: { ar: 'خارج المسار', en: 'Off track' },
  unknown: { ar: 'غير معروف', en: 'Unknown' },
};

/** Between the entries of a short list (goals), and of a list of phrases (groups, titles). */
export const LIST_SEPARATORS: Readonly<
  Record<Locale, { readonly comma: string; readonly semicolon: string }>
> = {
  ar: { comma: '، ', semicolon: '؛ ' },
  en: { comma: ', ', semicolon: '; ' },
};

/** A short list in a sentence: "Impact (weight 2), Feasibility (weight 1)". */
export const listText = (locale: Locale, parts: readonly string[]): string =>
  parts.join(LIST_SEPARATORS[locale].comma);
