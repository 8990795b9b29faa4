import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { StageView } from '../domain.js';
import { LOCALES, type Locale } from '../locale.js';
import { templateStages } from '../templates.js';
import type { VoteSettings } from '../vote/settings.js';
import { tallyVote, type VoteResults } from '../vote/tally.js';
import { countUpdates, replicaOf } from './docTestKit.js';
import { readVote, setVoteSettings, updateVote } from './voteOps.js';
import { findStage, initWorkshopDoc, readWorkshop } from './workshopDoc.js';

const VLR = templateStages('vlr');

/** A vlr workshop whose stage ids have nothing to do with the template's keys. */
function vlrWorkshop(locale: Locale = 'en') {
  const doc = new Y.Doc();
  const stages = VLR.map((template, i) => ({ id: `Stg0${i}x${'abcde'[i]}`, template }));
  initWorkshopDoc(doc, { id: 'ws_0000001', title: 'x', locale, joinCode: '482913', createdAt: 0, stages });
  const idOf = (key: string): string => {
    const found = stages.find((s) => s.template.key === key);
    if (!found) throw new Error(`no ${key} stage in the vlr template`);
    return found.id;
  };
  return { doc, idOf };
}

/** A stage entry holding `fields`, inside a doc so that it can be read. */
function stageEntry(fields: Record<string, unknown>): Y.Map<unknown> {
  const doc = new Y.Doc();
  const entry = new Y.Map<unknown>(Object.entries(fields));
  doc.getMap('stages').set('stage', entry);
  return entry;
}

function stageIn(doc: Y.Doc, stageId: string): StageView {
  const stage = readWorkshop(doc)?.stages.find((s) => s.id === stageId);
  if (!stage) throw new Error(`no stage ${stageId}`);
  return stage;
}

const DOTS: VoteSettings = {
  kind: 'dots',
  budget: 3,
  maxPerItem: 2,
  anonymous: false,
  results: 'live',
  groups: ['community', 'academia'],
  source: { type: 'list', stageId: 'Stg01xb' },
};

const RESULTS: VoteResults = tallyVote(
  DOTS,
  ['item-a', 'item-b'],
  [
    { group: 'community', ballot: { kind: 'dots', allocations: { 'item-a': 2, 'item-b': 1 } } },
    { group: 'community', ballot: { kind: 'dots', allocations: { 'item-b': 2 } } },
    { group: 'community', ballot: { kind: 'dots', allocations: { 'item-a': 1 } } },
  ],
);

describe('readVote', () => {
  it('reads a stage that has no vote fields as an unconfigured vote', () => {
    expect(readVote(stageEntry({ id: 'stage', kind: 'vote' }))).toEqual({
      settings: null,
      targets: [],
      turnout: 0,
      results: null,
    });
  });

  it('reads valid fields as they are', () => {
    const view = readVote(
      stageEntry({ vote: DOTS, targets: ['item-a', 'item-b'], turnout: 3, results: RESULTS }),
    );
    expect(view).toEqual({ settings: DOTS, targets: ['item-a', 'item-b'], turnout: 3, results: RESULTS });
  });

  it('fills in the defaults of settings stored without them', () => {
    const score = {
      kind: 'score',
      criteria: [{ id: 'impact', label: 'Impact' }],
      anonymous: true,
      results: 'hidden',
      source: { type: 'top', stageId: 'Stg02xc', n: 5 },
    };
    expect(readVote(stageEntry({ vote: score })).settings?.criteria).toEqual([
      { id: 'impact', label: 'Impact', weight: 1 },
    ]);
  });

  it.each([
    ['text', 'dots'],
    ['null', null],
    ['an array', [DOTS]],
    ['a dot vote without a budget', { ...DOTS, budget: undefined }],
    ['an unknown kind', { ...DOTS, kind: 'veto' }],
    ['an unknown key', { ...DOTS, secret: true }],
    ['a poll without options', { ...DOTS, kind: 'poll', source: { type: 'options' } }],
    ['a budget out of range', { ...DOTS, budget: 0 }],
    ['a source with a bad id', { ...DOTS, source: { type: 'list', stageId: 'x' } }],
    ['a Y.Map', new Y.Map<unknown>(Object.entries(DOTS))],
  ])('reads settings stored as %s as none', (_label, vote) => {
    const view = readVote(stageEntry({ vote, targets: ['item-a'], turnout: 1 }));
    expect(view.settings).toBeNull();
    // The rest is still read.
    expect(view.targets).toEqual(['item-a']);
    expect(view.turnout).toBe(1);
  });

  it.each([
    ['text', 'item-a,item-b'],
    ['a number', 2],
    ['an object', { 0: 'item-a' }],
    ['null', null],
    ['a Y.Array', Y.Array.from(['item-a'])],
  ])('reads targets stored as %s as none', (_label, targets) => {
    expect(readVote(stageEntry({ targets })).targets).toEqual([]);
  });

  it('keeps only the text entries of the targets, in order', () => {
    const targets = ['item-b', 3, null, 'item-a', { id: 'item-c' }, ['item-d'], 'item-b'];
    expect(readVote(stageEntry({ targets })).targets).toEqual(['item-b', 'item-a', 'item-b']);
  });

  it.each([
    ['negative', -1],
    ['fractional', 2.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['text', '3'],
    ['null', null],
    ['a boolean', true],
  ])('reads a %s turnout as 0', (_label, turnout) => {
    expect(readVote(stageEntry({ turnout })).turnout).toBe(0);
  });

  it.each([0, 1, 250])('reads the turnout %i', (turnout) => {
    expect(readVote(stageEntry({ turnout })).turnout).toBe(turnout);
  });

  it.each([
    ['text', 'results'],
    ['a number', 3],
    ['an empty object', {}],
    ['results without an overall part', { voters: 3, byGroup: [] }],
    ['an array', [RESULTS]],
    ['null', null],
  ])('reads results stored as %s as none', (_label, results) => {
    expect(readVote(stageEntry({ results })).results).toBeNull();
  });
});

describe('setVoteSettings', () => {
  it('writes settings that every replica reads on the vote stage', () => {
    const { doc, idOf } = vlrWorkshop();
    const stageId = idOf('dots');
    expect(setVoteSettings(doc, stageId, DOTS)).toBe(true);
    for (const view of [doc, replicaOf(doc)]) {
      expect(stageIn(view, stageId).vote).toEqual({ settings: DOTS, targets: [], turnout: 0, results: null });
    }
  });

  it('replaces the settings of the template', () => {
    const { doc, idOf } = vlrWorkshop();
    const poll: VoteSettings = {
      kind: 'poll',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
      anonymous: true,
      results: 'hidden',
      source: { type: 'options' },
    };
    setVoteSettings(doc, idOf('scoring'), poll);
    expect(stageIn(doc, idOf('scoring')).vote?.settings).toEqual(poll);
    // The other vote keeps its own.
    expect(stageIn(doc, idOf('dots')).vote?.settings?.kind).toBe('dots');
  });

  it('stores a copy, so the caller changing its settings later changes nothing', () => {
    const { doc, idOf } = vlrWorkshop();
    const settings = structuredCopy(DOTS);
    setVoteSettings(doc, idOf('dots'), settings);
    Object.assign(settings, { budget: 99 });
    Object.assign(settings.source, { stageId: 'Changed1' });
    settings.groups?.push('government');
    expect(stageIn(doc, idOf('dots')).vote?.settings).toEqual(DOTS);
  });

  it('shows settings written to a stage that is not a vote nowhere', () => {
    const { doc, idOf } = vlrWorkshop();
    expect(setVoteSettings(doc, idOf('brainstorm'), DOTS)).toBe(true);
    expect(stageIn(doc, idOf('brainstorm'))).not.toHaveProperty('vote');
    const stages = readWorkshop(doc)?.stages ?? [];
    expect(stages.filter((s) => s.vote !== undefined).map((s) => s.id)).toEqual([
      idOf('dots'),
      idOf('scoring'),
    ]);
    expect(stages.every((s) => (s.vote !== undefined) === (s.kind === 'vote'))).toBe(true);
  });

  it('refuses an unknown stage', () => {
    const { doc } = vlrWorkshop();
    const updates = countUpdates(doc);
    expect(setVoteSettings(doc, 'no-such-stage', DOTS)).toBe(false);
    expect(updates()).toBe(0);
  });
});

describe('updateVote', () => {
  it('opens a vote with its targets, counts turnout and shows results, on every replica', () => {
    const { doc, idOf } = vlrWorkshop();
    const stageId = idOf('dots');
    const settings = stageIn(doc, stageId).vote?.settings;
    expect(updateVote(doc, stageId, { state: 'open', targets: ['item-a', 'item-b'], turnout: 0 })).toBe(true);
    expect(stageIn(doc, stageId).state).toBe('open');
    expect(updateVote(doc, stageId, { turnout: 3 })).toBe(true);
    expect(updateVote(doc, stageId, { state: 'revealed', results: RESULTS })).toBe(true);
    for (const view of [doc, replicaOf(doc)]) {
      const stage = stageIn(view, stageId);
      expect(stage.state).toBe('revealed');
      expect(stage.vote).toEqual({ settings, targets: ['item-a', 'item-b'], turnout: 3, results: RESULTS });
    }
  });

  it('hides results again with null and leaves fields not given alone', () => {
    const { doc, idOf } = vlrWorkshop();
    const stageId = idOf('dots');
    updateVote(doc, stageId, { state: 'closed', targets: ['item-a'], turnout: 2, results: RESULTS });
    updateVote(doc, stageId, { results: null });
    const stage = stageIn(doc, stageId);
    expect(stage.state).toBe('closed');
    expect(stage.vote?.targets).toEqual(['item-a']);
    expect(stage.vote?.turnout).toBe(2);
    expect(stage.vote?.results).toBeNull();
  });

  it('writes every field in one transaction', () => {
    const { doc, idOf } = vlrWorkshop();
    const updates = countUpdates(doc);
    updateVote(doc, idOf('dots'), { state: 'open', targets: ['item-a'], turnout: 1, results: RESULTS });
    expect(updates()).toBe(1);
  });

  it('stores copies, so the caller changing its targets or results later changes nothing', () => {
    const { doc, idOf } = vlrWorkshop();
    const targets = ['item-a', 'item-b'];
    const results = structuredCopy(RESULTS);
    updateVote(doc, idOf('dots'), { targets, results });
    targets.push('item-c');
    Object.assign(results, { voters: 1000 });
    expect(stageIn(doc, idOf('dots')).vote?.targets).toEqual(['item-a', 'item-b']);
    expect(stageIn(doc, idOf('dots')).vote?.results).toEqual(RESULTS);
  });

  it('refuses an unknown stage', () => {
    const { doc } = vlrWorkshop();
    const updates = countUpdates(doc);
    expect(updateVote(doc, 'no-such-stage', { state: 'open' })).toBe(false);
    expect(updates()).toBe(0);
  });
});

describe('the vlr template’s votes', () => {
  it.each(LOCALES)('point at the right stages of a workshop in %s', (locale) => {
    const { doc, idOf } = vlrWorkshop(locale);
    const dots = findStage(doc, idOf('dots'));
    const scoring = findStage(doc, idOf('scoring'));
    expect(dots?.vote?.settings).toEqual({
      kind: 'dots',
      budget: 5,
      maxPerItem: 3,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: idOf('brainstorm') },
    });
    expect(scoring?.vote?.settings).toEqual({
      kind: 'score',
      criteria: [
        { id: 'impact', label: locale === 'ar' ? 'الأثر' : 'Impact', weight: 1 },
        { id: 'feasibility', label: locale === 'ar' ? 'قابلية التنفيذ' : 'Feasibility', weight: 1 },
      ],
      anonymous: true,
      results: 'hidden',
      source: { type: 'top', stageId: idOf('dots'), n: 5 },
    });
    // The dot vote is on the brainstormed list; the scoring on the dot vote's top five.
    expect(findStage(doc, idOf('brainstorm'))?.kind).toBe('list');
    expect(dots?.kind).toBe('vote');
    expect(readWorkshop(replicaOf(doc))?.stages).toEqual(readWorkshop(doc)?.stages);
  });

  it('gives every vote stage of the template settings that are valid', () => {
    const { doc } = vlrWorkshop();
    const votes = readWorkshop(doc)?.stages.filter((s) => s.kind === 'vote') ?? [];
    expect(votes).toHaveLength(2);
    for (const stage of votes) expect(stage.vote?.settings).not.toBeNull();
  });
});

/** A deep copy of plain data that the test can then change. */
function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
