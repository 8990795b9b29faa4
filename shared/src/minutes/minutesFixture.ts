/**
 * Fixed workshops for the minutes' tests only (never imported by app code): the VLR demo workshop
 * (from tests/fixtures/vlr-demo.json) in Arabic or English with a merged item, a theme, notes,
 * outcomes, a revealed dot vote and a closed score vote.
 */
import * as Y from 'yjs';
import { addItem, mergeItems, setItemTheme, setItemWithdrawn } from '../doc/itemOps.js';
import { setMinutesInfo } from '../doc/minutesInfoOps.js';
import { appendNotes, type NoteBlock } from '../doc/notesOps.js';
import { addOutcome } from '../doc/outcomeOps.js';
import { addTheme } from '../doc/themeOps.js';
import { setVoteSettings, updateVote } from '../doc/voteOps.js';
import { initWorkshopDoc } from '../doc/workshopDoc.js';
import type { StakeholderGroup } from '../groups.js';
import type { Bilingual, Locale } from '../locale.js';
import { templateStages } from '../templates.js';
import type { Ballot } from '../vote/ballot.js';
import type { VoteSettings } from '../vote/settings.js';
import { type CountedBallot, tallyVote, type VoteResults } from '../vote/tally.js';
import type { MinutesContext } from './model.js';

/** The stage ids of the fixture, in agenda order (the VLR template's five stages). */
export const FIXTURE_STAGES = {
  review: 'st_review',
  brainstorm: 'st_brainstorm',
  dots: 'st_dots',
  scoring: 'st_scoring',
  decisions: 'st_decisions',
} as const;

const CREATED_AT = Date.UTC(2026, 10, 18, 7, 30);

const WORKSHOP = {
  title: {
    ar: 'ورشة تحضيرية للاستعراض المحلي الطوعي الثاني لمدينة عمّان',
    en: "Preparatory workshop for Amman's second Voluntary Local Review",
  },
  place: { ar: 'أمانة عمّان الكبرى، عمّان', en: 'Greater Amman Municipality, Amman' },
  organizers: [
    { ar: 'أمانة عمّان الكبرى', en: 'Greater Amman Municipality' },
    { ar: 'برنامج الأمم المتحدة للمستوطنات البشرية (الموئل)', en: 'UN-Habitat' },
  ],
};

const REVIEW: ReadonlyArray<{ id: string; t: Bilingual; sdgs: number[] }> = [
  {
    id: 'rv_brt',
    t: { ar: 'توسيع شبكة الحافلات سريعة التردد', en: 'Extend the bus rapid transit network' },
    sdgs: [11, 9],
  },
  {
    id: 'rv_water',
    t: { ar: 'الحد من فاقد المياه في الشبكة', en: 'Reduce water losses in the network' },
    sdgs: [6],
  },
];

const IDEAS: ReadonlyArray<{ id: string; t: Bilingual; sdgs: number[]; group: StakeholderGroup }> = [
  {
    id: 'it_walk',
    t: { ar: 'ممرات آمنة للمشاة حول المدارس', en: 'Safe walking routes around schools' },
    sdgs: [11, 3, 4],
    group: 'community',
  },
  {
    id: 'it_solar',
    t: { ar: 'إنارة شوارع بالطاقة الشمسية', en: 'Solar street lighting' },
    sdgs: [7, 11],
    group: 'private_sector',
  },
  {
    id: 'it_data',
    t: {
      ar: 'منصة بيانات مفتوحة (Open Data) لمؤشرات المدينة',
      en: 'Open data platform (منصة بيانات مفتوحة) for city indicators',
    },
    sdgs: [16, 17, 9],
    group: 'academia',
  },
  {
    id: 'it_heat',
    t: { ar: 'خطة للتكيف مع موجات الحر', en: 'Heatwave adaptation plan' },
    sdgs: [13, 3],
    group: 'un_agency',
  },
  {
    id: 'it_bus',
    t: { ar: 'توسيع شبكة الحافلات إلى الأحياء الطرفية', en: 'Bus network to the outer districts' },
    sdgs: [11, 10],
    group: 'community',
  },
  {
    id: 'it_flood',
    t: { ar: 'نظام إنذار مبكر للفيضانات', en: 'Flood early-warning system' },
    sdgs: [13, 11, 9],
    group: 'government',
  },
  // Merged into it_bus: its text and group stay as provenance, its goals join the bus item's.
  {
    id: 'it_marka',
    t: { ar: 'خط حافلات إلى ماركا وسحاب', en: 'A bus line to Marka and Sahab' },
    sdgs: [1],
    group: 'civil_society',
  },
  // Withdrawn by its author: not in the minutes.
  { id: 'it_gone', t: { ar: 'فكرة مسحوبة', en: 'A withdrawn idea' }, sdgs: [2], group: 'other' },
];

const PARTICIPANTS: MinutesContext['participants'] = [
  { name: 'ليلى حداد', organization: 'أمانة عمّان الكبرى', group: 'government', nameInMinutes: true },
  { name: 'Omar Khalil', organization: 'Ministry of Planning', group: 'government', nameInMinutes: false },
  { name: 'سامي العلي', organization: '', group: 'government', nameInMinutes: true },
  { name: 'Rana Saleh', organization: 'UN-Habitat', group: 'un_agency', nameInMinutes: true },
  { name: 'هبة منصور', organization: 'جمعية الأحياء', group: 'civil_society', nameInMinutes: false },
  { name: 'Yousef N.', organization: 'University of Jordan', group: 'academia', nameInMinutes: true },
  { name: 'مها', organization: '', group: 'community', nameInMinutes: false },
  { name: 'Ahmad', organization: '', group: 'community', nameInMinutes: false },
  { name: 'نور', organization: '', group: 'community', nameInMinutes: true },
];

const AUDIT = {
  entries: 57,
  finalHash: '9f2c4e1a7b3d5f6089a1b2c3d4e5f60718293a4b5c6d7e8f9012a3b4c5d6e7f8',
  intact: true,
};

const dots = (allocations: Record<string, number>): Ballot => ({ kind: 'dots', allocations });
const score = (scores: Record<string, Record<string, number>>): Ballot => ({ kind: 'score', scores });

/** Eight dot ballots: government and community large enough to show; the rest pooled. */
const DOT_BALLOTS: readonly CountedBallot[] = [
  { group: 'government', ballot: dots({ it_flood: 3, it_bus: 2 }) },
  { group: 'government', ballot: dots({ it_flood: 2, it_data: 3 }) },
  { group: 'government', ballot: dots({ it_bus: 3, it_heat: 2 }) },
  { group: 'community', ballot: dots({ it_walk: 3, it_bus: 2 }) },
  { group: 'community', ballot: dots({ it_walk: 2, it_bus: 3 }) },
  { group: 'community', ballot: dots({ it_walk: 3, it_solar: 2 }) },
  { group: 'academia', ballot: dots({ it_data: 3, it_heat: 2 }) },
  { group: 'un_agency', ballot: dots({ it_heat: 3, it_flood: 2 }) },
];

const SCORE_TARGETS = ['it_bus', 'it_walk', 'it_flood'];
const SCORE_BALLOTS: readonly CountedBallot[] = [
  {
    group: 'government',
    ballot: score({ it_bus: { impact: 5, feasibility: 3 }, it_walk: { impact: 4, feasibility: 5 } }),
  },
  {
    group: 'government',
    ballot: score({ it_bus: { impact: 4, feasibility: 4 }, it_flood: { impact: 5, feasibility: 2 } }),
  },
  {
    group: 'community',
    ballot: score({ it_walk: { impact: 5, feasibility: 4 }, it_flood: { impact: 3, feasibility: 3 } }),
  },
  {
    group: 'academia',
    ballot: score({ it_bus: { impact: 3, feasibility: 3 }, it_walk: { impact: 3, feasibility: 4 } }),
  },
];

function notes(locale: Locale): NoteBlock[] {
  const ar = locale === 'ar';
  return [
    { type: 'heading', level: 1, inlines: [{ text: ar ? 'أبرز ما قيل' : 'Highlights' }] },
    {
      type: 'paragraph',
      inlines: [
        { text: ar ? 'اتفق الحضور على أن ' : 'The room agreed that ' },
        { text: ar ? 'النقل العام' : 'public transport', bold: true },
        { text: ar ? ' أولوية، وفق دليل ' : ' comes first, as the ' },
        {
          text: ar ? 'الاستعراض المحلي (VLR)' : 'VLR guide (الاستعراض المحلي)',
          link: 'https://sdgs.un.org/topics/voluntary-local-reviews',
        },
        { text: ar ? ' يوصي.' : ' recommends.' },
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [
        [
          {
            type: 'paragraph',
            inlines: [
              { text: ar ? 'ربط الأحياء الطرفية بالمركز' : 'Link the outer districts to the centre' },
            ],
          },
        ],
        [
          {
            type: 'paragraph',
            inlines: [{ text: ar ? 'بيانات مفصّلة حسب الجنس والعمر' : 'Data disaggregated by sex and age' }],
          },
        ],
      ],
    },
  ];
}

const t = (b: Bilingual, locale: Locale): string => b[locale];

/** The demo workshop in one language, with the context the server would give `buildMinutes`. */
export function minutesFixture(locale: Locale): {
  doc: Y.Doc;
  ctx: MinutesContext;
  results: Map<string, VoteResults>;
} {
  const doc = new Y.Doc();
  const S = FIXTURE_STAGES;
  const keyed: Record<string, string> = {
    review: S.review,
    brainstorm: S.brainstorm,
    dots: S.dots,
    scoring: S.scoring,
    decisions: S.decisions,
  };
  initWorkshopDoc(doc, {
    id: 'ws_fixture01',
    title: t(WORKSHOP.title, locale),
    locale,
    joinCode: '482913',
    createdAt: CREATED_AT,
    stages: templateStages('vlr').map((template) => ({ id: keyed[template.key] ?? template.key, template })),
  });
  // The English minutes fall back to the day the workshop was created; the Arabic have it set.
  setMinutesInfo(doc, {
    ...(locale === 'ar' ? { date: '2026-11-18' } : {}),
    place: t(WORKSHOP.place, locale),
    organizers: WORKSHOP.organizers.map((o) => t(o, locale)).join('\n'),
  });
  for (const [i, r] of REVIEW.entries())
    addItem(doc, {
      id: r.id,
      stageId: S.review,
      title: t(r.t, locale),
      description: '',
      sdgs: r.sdgs,
      createdAt: CREATED_AT + i,
    });
  for (const [i, idea] of IDEAS.entries())
    addItem(doc, {
      id: idea.id,
      stageId: S.brainstorm,
      title: t(idea.t, locale),
      description:
        idea.id === 'it_walk'
          ? locale === 'ar'
            ? 'أرصفة وإشارات\nوممرات مرفوعة قرب 40 مدرسة'
            : 'Pavements and crossings\nnear 40 schools'
          : '',
      sdgs: idea.sdgs,
      authorGroup: idea.group,
      createdAt: CREATED_AT + 100 + i,
    });
  mergeItems(doc, 'it_bus', ['it_marka']);
  setItemWithdrawn(doc, 'it_gone', true);
  addTheme(doc, { id: 'th_mobility', stageId: S.brainstorm, name: locale === 'ar' ? 'التنقل' : 'Mobility' });
  setItemTheme(doc, 'it_bus', 'th_mobility');
  setItemTheme(doc, 'it_walk', 'th_mobility');
  appendNotes(doc, S.brainstorm, notes(locale));

  const dotTargets = ['it_walk', 'it_solar', 'it_data', 'it_heat', 'it_bus', 'it_flood'];
  const dotSettings: VoteSettings = {
    kind: 'dots',
    budget: 5,
    maxPerItem: 3,
    anonymous: true,
    results: 'hidden',
    source: { type: 'list', stageId: S.brainstorm },
  };
  const dotResults = tallyVote(dotSettings, dotTargets, DOT_BALLOTS);
  updateVote(doc, S.dots, {
    state: 'revealed',
    targets: dotTargets,
    turnout: dotResults.voters,
    results: dotResults,
  });
  const scoreSettings: VoteSettings = {
    kind: 'score',
    criteria: [
      { id: 'impact', label: locale === 'ar' ? 'الأثر' : 'Impact', weight: 1 },
      { id: 'feasibility', label: locale === 'ar' ? 'قابلية التنفيذ' : 'Feasibility', weight: 1 },
    ],
    anonymous: true,
    results: 'hidden',
    source: { type: 'top', stageId: S.dots, n: 3 },
  };
  setVoteSettings(doc, S.scoring, scoreSettings);
  const scoreResults = tallyVote(scoreSettings, SCORE_TARGETS, SCORE_BALLOTS);
  updateVote(doc, S.scoring, { state: 'closed', targets: SCORE_TARGETS, turnout: scoreResults.voters });

  addOutcome(doc, {
    id: 'oc_adopt',
    kind: 'decision',
    text:
      locale === 'ar'
        ? 'اعتماد الأولويات الخمس الأولى للاستعراض الطوعي الثاني'
        : 'Adopt the top five priorities for the second review',
    stageId: S.decisions,
    itemIds: ['it_bus', 'it_walk'],
    sdgs: [11],
    createdAt: CREATED_AT + 1000,
  });
  addOutcome(doc, {
    id: 'oc_baseline',
    kind: 'action',
    text:
      locale === 'ar'
        ? 'جمع بيانات خط الأساس لمؤشرات الأولويات المختارة'
        : "Collect baseline data for the chosen priorities' indicators",
    stageId: S.decisions,
    owner: locale === 'ar' ? 'المرصد الحضري' : 'Urban Observatory',
    organization: locale === 'ar' ? 'أمانة عمّان الكبرى' : 'GAM',
    due: '2027-01-31',
    status: 'in_progress',
    itemIds: ['it_data'],
    sdgs: [16, 17],
    createdAt: CREATED_AT + 1001,
  });
  addOutcome(doc, {
    id: 'oc_partners',
    kind: 'action',
    text:
      locale === 'ar'
        ? 'تحديث قائمة الشركاء حسب الأهداف (SDG partners list)'
        : 'Update the partners list by goal (قائمة الشركاء)',
    owner: locale === 'ar' ? 'فريق الاستعراض' : 'VLR team',
    organization: 'GAM',
    due: '2027-01-15',
    createdAt: CREATED_AT + 1002,
  });
  const results = new Map([
    [S.dots as string, dotResults],
    [S.scoring as string, scoreResults],
  ]);
  return { doc, ctx: { locale, results, participants: PARTICIPANTS, audit: AUDIT }, results };
}
