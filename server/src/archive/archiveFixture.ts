/**
 * A small workshop for the archive tests only (never imported by app code): a VLR doc whose dot
 * vote is anonymous and whose scoring is named, six participants in three groups, three ideas (two
 * by one participant, one by the facilitator), their ballots and a short audit log.
 */
import {
  type ArchiveItemAuthor,
  addItem,
  type Ballot,
  initWorkshopDoc,
  readStages,
  type StakeholderGroup,
  setVoteSettings,
  templateStages,
  updateVote,
} from '@majlis/shared';
import * as Y from 'yjs';
import { sealEntry } from '../audit/auditChain.js';
import type { AuditEntry, BallotRecord, ParticipantRecord, WorkshopRecord } from '../storage/Store.js';
import type { ArchiveSource } from './buildArchive.js';

export const WORKSHOP_ID = 'ws_source01';
export const STAGE_IDS = ['st_review01', 'st_brain001', 'st_dots0001', 'st_score001', 'st_notes001'] as const;
export const [, BRAINSTORM, DOTS, SCORE] = STAGE_IDS;
export const ITEMS = ['it_alpha001', 'it_bravo001', 'it_charlie1'] as const;

export const WORKSHOP: WorkshopRecord = {
  id: WORKSHOP_ID,
  joinCode: '482913',
  title: 'المراجعة المحلية الطوعية',
  locale: 'ar',
  facilitatorKeyHash: 'f'.repeat(64),
  createdAt: 1_000,
};

const PEOPLE: ReadonlyArray<[string, StakeholderGroup]> = [
  ['pa_gov00001', 'government'],
  ['pa_gov00002', 'government'],
  ['pa_gov00003', 'government'],
  ['pa_acad0001', 'academia'],
  ['pa_acad0002', 'academia'],
  ['pa_comm0001', 'community'],
];

export const PARTICIPANTS: readonly ParticipantRecord[] = PEOPLE.map(([id, group], i) => ({
  id,
  workshopId: WORKSHOP_ID,
  name: `Person ${i + 1}`,
  organization: i % 2 ? 'Org' : '',
  group,
  locale: 'en',
  createdAt: 2_000 + i,
  ...(i < 3 ? { nameInMinutes: i === 0 } : {}),
}));

/** Who wrote the ideas: the first two by one person, the third by the facilitator. */
export const ITEM_AUTHORS: readonly ArchiveItemAuthor[] = [
  { itemId: ITEMS[0], participantId: 'pa_gov00001' },
  { itemId: ITEMS[1], participantId: 'pa_gov00001' },
];

/** The workshop doc with items on the brainstorm list and both votes opened on them. */
export function fixtureDoc(): Y.Doc {
  const doc = new Y.Doc();
  const templates = templateStages('vlr');
  initWorkshopDoc(doc, {
    id: WORKSHOP_ID,
    title: WORKSHOP.title,
    locale: 'ar',
    joinCode: WORKSHOP.joinCode,
    createdAt: WORKSHOP.createdAt,
    stages: templates.map((template, i) => ({ id: STAGE_IDS[i] as string, template })),
  });
  for (const [i, id] of ITEMS.entries()) {
    addItem(doc, {
      id,
      stageId: BRAINSTORM as string,
      title: `Idea ${i + 1}`,
      description: '',
      sdgs: [11],
      createdAt: 1_500 + i,
      ...(i < 2 ? { authorGroup: 'government' as const } : {}),
    });
  }
  const score = readStages(doc).find((s) => s.id === SCORE)?.vote?.settings;
  if (!score) throw new Error('the VLR template has a scoring vote');
  setVoteSettings(doc, SCORE, { ...score, anonymous: false });
  updateVote(doc, DOTS, { state: 'revealed', targets: [...ITEMS] });
  updateVote(doc, SCORE, { state: 'closed', targets: [...ITEMS] });
  return doc;
}

const dots = (allocations: Record<string, number>): Ballot => ({ kind: 'dots', allocations });

/** Every participant's dot ballot (anonymous vote), in cast order. */
export const DOT_BALLOTS: readonly BallotRecord[] = PARTICIPANTS.map((p, i) => ({
  stageId: DOTS,
  participantId: p.id,
  group: p.group,
  ballot: dots(i % 2 ? { [ITEMS[0]]: 3, [ITEMS[1]]: 2 } : { [ITEMS[2]]: 3, [ITEMS[1]]: 1 }),
  clientVoteId: `cv_dots000${i}`,
  castAt: 3_000 + i,
}));

/** Two named score ballots. */
export const SCORE_BALLOTS: readonly BallotRecord[] = PARTICIPANTS.slice(0, 2).map((p, i) => ({
  stageId: SCORE,
  participantId: p.id,
  group: p.group,
  ballot: {
    kind: 'score',
    scores: Object.fromEntries(ITEMS.map((id) => [id, { impact: 1 + i, feasibility: 5 - i }])),
  },
  clientVoteId: `cv_score00${i}`,
  castAt: 4_000 + i,
}));

/** A short audit log of the two votes. */
export function fixtureAudit(): AuditEntry[] {
  const entries: AuditEntry[] = [];
  const add = (action: string, stageId: string, details: unknown) =>
    entries.push(
      sealEntry(
        { at: 5_000 + entries.length, action, actorRole: 'facilitator', stageId, details },
        entries.at(-1)?.hash ?? '',
        entries.length + 1,
      ),
    );
  add('opened', DOTS, { targets: [...ITEMS] });
  add('revealed', DOTS, { tallies: { voters: 6 } });
  add('closed', SCORE, { tallies: { voters: 2 } });
  return entries;
}

/** The whole source of an archive of the fixture workshop. */
export function fixtureSource(doc = fixtureDoc()): ArchiveSource {
  const stages = readStages(doc);
  const stage = (id: string) => {
    const found = stages.find((s) => s.id === id);
    if (!found) throw new Error(`no stage ${id}`);
    return found;
  };
  return {
    workshop: WORKSHOP,
    doc: Y.encodeStateAsUpdate(doc),
    participants: PARTICIPANTS,
    votes: [
      { stage: stage(DOTS), ballots: DOT_BALLOTS },
      { stage: stage(SCORE), ballots: SCORE_BALLOTS },
    ],
    audit: fixtureAudit(),
    itemAuthors: ITEM_AUTHORS,
    exportedAt: 9_000,
  };
}
