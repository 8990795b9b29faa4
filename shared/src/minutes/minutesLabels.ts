/**
 * The words of the minutes in Arabic and English: headings and column names, vote methods, stage
 * kinds, action statuses, status ratings, and a vote's settings described in a sentence a line.
 */
import type { ActionStatus } from '../doc/outcomeOps.js';
import type { StageKind } from '../domain.js';
import { GROUP_LABELS } from '../groups.js';
import type { Bilingual, Locale } from '../locale.js';
import { criteriaOf } from '../vote/kinds/score.js';
import type { VoteSettings } from '../vote/settings.js';
import type { StatusRating, VoteKind } from '../vote/voteKinds.js';
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

export const VOTE_METHOD_LABELS: Readonly<Record<VoteKind, Bilingual>> = {
  dots: { ar: 'التصويت بالنقاط', en: 'Dot voting' },
  rank: { ar: 'الترتيب (عدّ بوردا)', en: 'Ranking (Borda count)' },
  score: { ar: 'التقييم حسب المعايير', en: 'Scoring on criteria' },
  poll: { ar: 'استطلاع', en: 'Poll' },
  status: { ar: 'تقييم حالة التنفيذ', en: 'Progress rating' },
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

/** Names a vote's source needs: a stage's title by id, a theme's name by id. */
export interface SourceNames {
  readonly stage: (stageId: string) => string | undefined;
  readonly theme: (themeId: string) => string | undefined;
}

const quoted = (locale: Locale, s: string): string => (locale === 'ar' ? `«${s}»` : `“${s}”`);
const list = (locale: Locale, parts: readonly string[]): string => parts.join(LIST_SEPARATORS[locale].comma);

/** What the kind itself is configured with, a sentence a line. */
function kindLines(s: VoteSettings, locale: Locale): string[] {
  const ar = locale === 'ar';
  switch (s.kind) {
    case 'dots': {
      const lines = [ar ? `${s.budget ?? 0} نقاط لكل مشارك` : `${s.budget ?? 0} dots each`];
      if (s.maxPerItem !== undefined)
        lines.push(ar ? `${s.maxPerItem} نقاط كحد أقصى للبند الواحد` : `At most ${s.maxPerItem} on one item`);
      return lines;
    }
    case 'rank':
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
    case 'score':
      return [
        (ar ? 'المعايير (من 1 إلى 5): ' : 'Criteria (1–5): ') +
          list(
            locale,
            criteriaOf(s).map((c) =>
              ar ? `${c.label} (الوزن ${c.weight})` : `${c.label} (weight ${c.weight})`,
            ),
          ),
      ];
    case 'poll':
      return [
        s.multiple
          ? ar
            ? 'يُسمح بأكثر من خيار'
            : 'Several choices allowed'
          : ar
            ? 'خيار واحد'
            : 'One choice',
        (ar ? 'الخيارات: ' : 'Options: ') +
          list(
            locale,
            (s.options ?? []).map((o) => o.label),
          ),
      ];
    case 'status':
      return [
        (ar ? 'يقيّم كل مشارك كل بند: ' : 'Each participant rates each item: ') +
          list(
            locale,
            (['on_track', 'partly', 'off_track', 'unknown'] as const).map(
              (r) => STATUS_RATING_LABELS[r][locale],
            ),
          ),
      ];
    default: {
      const unreachable: never = s.kind;
      throw new Error(`unknown vote kind ${String(unreachable)}`);
    }
  }
}

/** What the vote was about. */
function sourceLine(s: VoteSettings, locale: Locale, names: SourceNames): string | undefined {
  const ar = locale === 'ar';
  const src = s.source;
  switch (src.type) {
    case 'list': {
      const title = names.stage(src.stageId);
      return title === undefined
        ? undefined
        : (ar ? 'على بنود: ' : 'On the items of: ') + quoted(locale, title);
    }
    case 'top': {
      const title = names.stage(src.stageId);
      if (title === undefined) return undefined;
      return ar
        ? `على أعلى ${src.n} بنود في: ${quoted(locale, title)}`
        : `On the top ${src.n} of: ${quoted(locale, title)}`;
    }
    case 'theme': {
      const name = names.theme(src.themeId);
      return name === undefined
        ? undefined
        : (ar ? 'على بنود المحور: ' : 'On the items of the theme: ') + quoted(locale, name);
    }
    case 'options':
      return undefined;
    default: {
      const unreachable: never = src;
      throw new Error(`unknown vote source ${String(unreachable)}`);
    }
  }
}

/**
 * A vote's settings in words, one line a setting: what it was about, the kind's own settings,
 * anonymity, result visibility and who could vote.
 */
export function voteSettingsLines(s: VoteSettings, locale: Locale, names: SourceNames): string[] {
  const ar = locale === 'ar';
  const lines: string[] = [];
  const source = sourceLine(s, locale, names);
  if (source !== undefined) lines.push(source);
  lines.push(...kindLines(s, locale));
  lines.push(
    s.anonymous ? (ar ? 'تصويت سري' : 'Anonymous') : ar ? 'تصويت بالأسماء' : 'Named (not anonymous)',
  );
  lines.push(
    s.results === 'live'
      ? ar
        ? 'النتائج معروضة مباشرة'
        : 'Results shown live'
      : ar
        ? 'النتائج مخفية حتى الإعلان'
        : 'Results hidden until reveal',
  );
  if (s.groups !== undefined)
    lines.push(
      (ar ? 'يحق التصويت لـ: ' : 'Open to: ') +
        list(
          locale,
          s.groups.map((g) => GROUP_LABELS[g][locale]),
        ),
    );
  return lines;
}
