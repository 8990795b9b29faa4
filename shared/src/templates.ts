import type { StageKind, StageState } from './domain.js';
import type { Bilingual, Locale } from './locale.js';
import type { VoteSettings } from './vote/settings.js';

/** Templates a workshop can be created from. */
export const TEMPLATES = ['vlr', 'blank'] as const;
export type TemplateId = (typeof TEMPLATES)[number];

/** A stage as a template describes it, before it has an id. */
export interface TemplateStage {
  readonly key: string;
  readonly kind: StageKind;
  readonly state: StageState;
  readonly titles: Bilingual;
  readonly descriptions: Bilingual;
  /** A vote stage's starting settings; `idOf` gives the id of the template's stage with a key. */
  readonly vote?: (idOf: (key: string) => string, locale: Locale) => VoteSettings;
}

const VLR_STAGES: readonly TemplateStage[] = [
  {
    key: 'review',
    kind: 'list',
    state: 'open',
    titles: { ar: 'مراجعة أولويات الاستعراض الأول', en: "Review of the first review's priorities" },
    descriptions: {
      ar: 'ما الذي تحقق في كل أولوية سابقة؟ قصص النجاح والتحديات.',
      en: 'What happened to each past priority? Success stories and challenges.',
    },
  },
  {
    key: 'brainstorm',
    kind: 'list',
    state: 'open',
    titles: { ar: 'العصف الذهني للأولويات المحلية', en: 'Brainstorm local priorities' },
    descriptions: {
      ar: 'أضف أولوية تنموية لمدينتك، واختر أهداف التنمية المستدامة التي تخدمها.',
      en: 'Add a development priority for your city and tag the SDGs it serves.',
    },
  },
  {
    key: 'dots',
    kind: 'vote',
    state: 'draft',
    vote: (idOf) => ({
      kind: 'dots',
      budget: 5,
      maxPerItem: 3,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: idOf('brainstorm') },
    }),
    titles: { ar: 'التصويت بالنقاط', en: 'Dot vote' },
    descriptions: {
      ar: 'وزّع نقاطك على الأولويات الأهم بالنسبة لك.',
      en: 'Spend your dots on the priorities that matter most to you.',
    },
  },
  {
    key: 'scoring',
    kind: 'vote',
    state: 'draft',
    vote: (idOf, locale) => ({
      kind: 'score',
      criteria: [
        { id: 'impact', label: locale === 'ar' ? 'الأثر' : 'Impact', weight: 1 },
        { id: 'feasibility', label: locale === 'ar' ? 'قابلية التنفيذ' : 'Feasibility', weight: 1 },
      ],
      anonymous: true,
      results: 'hidden',
      source: { type: 'top', stageId: idOf('dots'), n: 5 },
    }),
    titles: { ar: 'تقييم الأثر وقابلية التنفيذ', en: 'Impact × feasibility scoring' },
    descriptions: {
      ar: 'قيّم الأولويات الأعلى من حيث الأثر وقابلية التنفيذ (من\u00a01\u00a0إلى\u00a05).',
      en: 'Score the top priorities on impact and feasibility (1\u00a0to\u00a05).',
    },
  },
  {
    key: 'decisions',
    kind: 'notes',
    state: 'open',
    titles: { ar: 'القرارات والإجراءات', en: 'Decisions and action items' },
    descriptions: {
      ar: 'ما الذي اتفقنا عليه، ومن يتولى كل إجراء ومتى.',
      en: 'What we agreed, who owns each action and by when.',
    },
  },
];

const BLANK_STAGES: readonly TemplateStage[] = [
  {
    key: 'ideas',
    kind: 'list',
    state: 'open',
    titles: { ar: 'الأفكار', en: 'Ideas' },
    descriptions: { ar: 'أضف فكرتك.', en: 'Add your idea.' },
  },
];

/** The stages a template starts a workshop with. */
export function templateStages(template: TemplateId): readonly TemplateStage[] {
  switch (template) {
    case 'vlr':
      return VLR_STAGES;
    case 'blank':
      return BLANK_STAGES;
    default: {
      const unreachable: never = template;
      throw new Error(`unknown template ${String(unreachable)}`);
    }
  }
}
