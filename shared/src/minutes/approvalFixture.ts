/**
 * A small workshop for the minutes' tests only (never imported by app code): a list of four ideas
 * and a revealed approval vote on them, with a ballot that approves none of them, in Arabic or
 * English. Apart from minutesFixture.ts so that its golden files stay as they are.
 */
import * as Y from 'yjs';
import { addItem } from '../doc/itemOps.js';
import { setMinutesInfo } from '../doc/minutesInfoOps.js';
import { updateVote } from '../doc/voteOps.js';
import { initWorkshopDoc } from '../doc/workshopDoc.js';
import type { Bilingual, Locale } from '../locale.js';
import type { TemplateStage } from '../templates.js';
import type { Ballot } from '../vote/ballot.js';
import { type CountedBallot, tallyVote } from '../vote/tally.js';
import type { MinutesContext } from './model.js';

export const APPROVAL_STAGES = { ideas: 'st_ideas', approval: 'st_approval' } as const;

const CREATED_AT = Date.UTC(2026, 11, 2, 8, 0);

const STAGES: readonly TemplateStage[] = [
  {
    key: 'ideas',
    kind: 'list',
    state: 'open',
    titles: { ar: 'أفكار للحديقة العامة', en: 'Ideas for the public park' },
    descriptions: { ar: 'ما الذي ينقص الحديقة؟', en: 'What does the park lack?' },
  },
  {
    key: 'approval',
    kind: 'vote',
    state: 'draft',
    vote: (idOf) => ({
      kind: 'approval',
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: idOf('ideas') },
    }),
    titles: { ar: 'ما الذي توافق عليه؟', en: 'Which would you support?' },
    descriptions: {
      ar: 'وافق على كل ما تقبله من الأفكار.',
      en: 'Approve every idea you could live with.',
    },
  },
];

const IDEAS: ReadonlyArray<{ id: string; t: Bilingual }> = [
  { id: 'it_shade', t: { ar: 'مظلات فوق الممرات', en: 'Shade over the paths' } },
  { id: 'it_water', t: { ar: 'نوافير مياه للشرب', en: 'Drinking fountains' } },
  { id: 'it_play', t: { ar: 'ملعب للأطفال', en: 'A playground' } },
  { id: 'it_night', t: { ar: 'فتح الحديقة ليلاً', en: 'Open the park at night' } },
];

const approve = (...approved: string[]): Ballot => ({ kind: 'approval', approved });

/** Seven voters: government and community shown, the one academic pooled with a smallest group. */
const BALLOTS: readonly CountedBallot[] = [
  { group: 'government', ballot: approve('it_shade', 'it_water') },
  { group: 'government', ballot: approve('it_shade') },
  { group: 'government', ballot: approve() },
  { group: 'community', ballot: approve('it_shade', 'it_water', 'it_play') },
  { group: 'community', ballot: approve('it_shade', 'it_play') },
  { group: 'community', ballot: approve('it_water', 'it_shade') },
  { group: 'academia', ballot: approve('it_play', 'it_shade') },
];

/** The approval workshop in one language, with the context the server would give `buildMinutes`. */
export function approvalFixture(locale: Locale): { doc: Y.Doc; ctx: MinutesContext } {
  const doc = new Y.Doc();
  initWorkshopDoc(doc, {
    id: 'ws_approval1',
    title: locale === 'ar' ? 'ورشة الحديقة العامة' : 'Public park workshop',
    locale,
    joinCode: '305117',
    createdAt: CREATED_AT,
    stages: STAGES.map((template) => ({
      id: APPROVAL_STAGES[template.key as keyof typeof APPROVAL_STAGES],
      template,
    })),
  });
  setMinutesInfo(doc, {
    date: '2026-12-02',
    place: locale === 'ar' ? 'إربد' : 'Irbid',
    organizers: 'UN-Habitat',
  });
  for (const [i, idea] of IDEAS.entries())
    addItem(doc, {
      id: idea.id,
      stageId: APPROVAL_STAGES.ideas,
      title: idea.t[locale],
      description: '',
      sdgs: [11],
      authorGroup: 'community',
      createdAt: CREATED_AT + i,
    });
  const targets = IDEAS.map((i) => i.id);
  const settings = STAGES[1]?.vote?.(() => APPROVAL_STAGES.ideas, locale);
  if (!settings) throw new Error('the approval stage has no settings');
  const results = tallyVote(settings, targets, BALLOTS);
  updateVote(doc, APPROVAL_STAGES.approval, { state: 'revealed', targets, turnout: results.voters, results });
  return {
    doc,
    ctx: {
      locale,
      results: new Map([[APPROVAL_STAGES.approval as string, results]]),
      participants: BALLOTS.map(({ group }, i) => ({
        name: `P${i + 1}`,
        organization: '',
        group,
        nameInMinutes: false,
      })),
      audit: { entries: 12, finalHash: 'a'.repeat(64), intact: true },
    },
  };
}
