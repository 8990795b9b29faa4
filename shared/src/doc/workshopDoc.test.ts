import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ITEM_STATUSES, STAGE_KINDS, STAGE_STATES } from '../domain.js';
import { STAKEHOLDER_GROUPS } from '../groups.js';
import { LOCALES, type Locale } from '../locale.js';
import { TEMPLATES, type TemplateId, templateStages } from '../templates.js';
import { IDLE_TIMER } from '../timer.js';
import { replicaOf } from './docTestKit.js';
import { addItem, type NewItem } from './itemOps.js';
import {
  authorsInDoc,
  docSchemaVersion,
  findStage,
  initWorkshopDoc,
  migrateWorkshopDoc,
  readItems,
  readMeta,
  readStages,
  readThemes,
  readWorkshop,
  SCHEMA_VERSION,
  setCurrentStage,
} from './workshopDoc.js';

const WORKSHOP_ID = 'ws_0000001';
const CREATED_AT = 1_750_000_000_000;
const TITLE: Record<Locale, string> = { ar: 'ورشة الاستعراض المحلي', en: 'Local review workshop' };

/** A doc holding a new workshop made from `template`, and the ids given to its stages. */
function newWorkshop(template: TemplateId = 'vlr', locale: Locale = 'en') {
  const doc = new Y.Doc();
  const stages = templateStages(template).map((t) => ({ id: `stage-${t.key}`, template: t }));
  initWorkshopDoc(doc, {
    id: WORKSHOP_ID,
    title: TITLE[locale],
    locale,
    joinCode: '482913',
    createdAt: CREATED_AT,
    stages,
  });
  return { doc, stageIds: stages.map((s) => s.id) };
}

function item(id: string, stageId: string, extra: Partial<NewItem> = {}): NewItem {
  return { id, stageId, title: `title ${id}`, description: '', sdgs: [], createdAt: CREATED_AT, ...extra };
}

function yMap(entries: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries(entries));
}

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

/** The same doc as seen by a replica that synced it over the wire. */
describe('initWorkshopDoc and readWorkshop', () => {
  const cases = TEMPLATES.flatMap((template) => LOCALES.map((locale) => [template, locale] as const));

  it.each(cases)('round-trip the %s template in %s', (template, locale) => {
    const { doc, stageIds } = newWorkshop(template, locale);
    const expected = {
      meta: {
        schemaVersion: SCHEMA_VERSION,
        id: WORKSHOP_ID,
        title: TITLE[locale],
        locale,
        joinCode: '482913',
        currentStageId: stageIds[0],
        createdAt: CREATED_AT,
        date: '',
        place: '',
        organizers: [],
        joinLocked: false,
        joinMode: 'open',
        endedAt: null,
        guestsUntil: null,
      },
      stages: templateStages(template).map((t, i) => ({
        id: stageIds[i],
        kind: t.kind,
        state: t.state,
        title: t.titles[locale],
        titles: t.titles,
        description: t.descriptions[locale],
        descriptions: t.descriptions,
        locked: false,
        display: 'list',
        timer: IDLE_TIMER,
        rank: i + 1,
        ...(t.kind === 'vote'
          ? {
              vote: {
                settings:
                  t.vote?.(
                    (key) => stageIds[templateStages(template).findIndex((s) => s.key === key)] as string,
                    locale,
                  ) ?? null,
                targets: [],
                turnout: 0,
                results: null,
              },
            }
          : {}),
      })),
      items: [],
      themes: [],
      outcomes: [],
    };
    expect(readWorkshop(doc)).toEqual(expected);
    expect(readWorkshop(replicaOf(doc))).toEqual(expected);
  });

  it('writes the whole workshop in one transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => {
      updates += 1;
    });
    newWorkshopInto(doc);
    expect(updates).toBe(1);
  });

  function newWorkshopInto(doc: Y.Doc): void {
    initWorkshopDoc(doc, {
      id: WORKSHOP_ID,
      title: 'x',
      locale: 'ar',
      joinCode: '000000',
      createdAt: 0,
      stages: templateStages('vlr').map((t) => ({ id: t.key, template: t })),
    });
  }

  it('has no current stage when the workshop has no stages', () => {
    const doc = new Y.Doc();
    initWorkshopDoc(doc, {
      id: WORKSHOP_ID,
      title: 'x',
      locale: 'en',
      joinCode: '1',
      createdAt: 0,
      stages: [],
    });
    expect(readMeta(doc)?.currentStageId).toBeNull();
    expect(readStages(doc)).toEqual([]);
  });

  it('reads nothing from an empty doc', () => {
    const doc = new Y.Doc();
    expect(readWorkshop(doc)).toBeUndefined();
    expect(readStages(doc)).toEqual([]);
    expect(readItems(doc)).toEqual([]);
    expect(readThemes(doc)).toEqual([]);
  });

  it('migrates a current doc without changing its version or writing anything', () => {
    const { doc } = newWorkshop();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(migrateWorkshopDoc(doc)).toBe(SCHEMA_VERSION);
    expect(readMeta(doc)?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(updates).toEqual([]);
  });

  it('leaves a doc without a workshop alone', () => {
    const doc = new Y.Doc();
    expect(docSchemaVersion(doc)).toBe(SCHEMA_VERSION);
    expect(migrateWorkshopDoc(doc)).toBe(SCHEMA_VERSION);
    expect(doc.getMap('meta').size).toBe(0);
  });
});

describe('migrating schema 1 (authors in the doc) to 2', () => {
  /** Bytes as text, one character per byte, to look for a string anywhere in an encoded state. */
  const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

  /** A workshop as a schema-1 server wrote it: each participant's id on their ideas. */
  function schemaOneDoc() {
    const { doc, stageIds } = newWorkshop('blank');
    const stageId = must(stageIds[0]);
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 1);
      addItem(doc, item('i1', stageId, { authorGroup: 'academia' }));
      addItem(doc, item('i2', stageId, { authorGroup: 'academia' }));
      addItem(doc, item('i3', stageId));
      const items = doc.getMap('items');
      (items.get('i1') as Y.Map<unknown>).set('authorId', 'participant-hana');
      (items.get('i2') as Y.Map<unknown>).set('authorId', 'participant-hana');
    });
    return { doc, stageId };
  }

  it('finds the authors schema 1 recorded', () => {
    const { doc, stageId } = schemaOneDoc();
    expect(docSchemaVersion(doc)).toBe(1);
    expect(authorsInDoc(doc)).toEqual([
      { itemId: 'i1', participantId: 'participant-hana', stageId },
      { itemId: 'i2', participantId: 'participant-hana', stageId },
    ]);
  });

  it('takes every author out in one update, and no state sent afterwards holds them', () => {
    const { doc } = schemaOneDoc();
    const before = readItems(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(migrateWorkshopDoc(doc)).toBe(1);
    expect(updates).toHaveLength(1);
    expect(readMeta(doc)?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(authorsInDoc(doc)).toEqual([]);
    expect(readItems(doc)).toEqual(before);
    for (const entry of doc.getMap('items').values())
      expect((entry as Y.Map<unknown>).has('authorId')).toBe(false);
    expect(latin1(Y.encodeStateAsUpdate(doc))).not.toContain('participant-hana');
    expect(latin1(Y.encodeStateAsUpdate(replicaOf(doc)))).not.toContain('participant-hana');
    // Done once: a second run finds nothing to do.
    expect(migrateWorkshopDoc(doc)).toBe(SCHEMA_VERSION);
    expect(updates).toHaveLength(1);
  });

  it('reaches a replica that still holds the authors as a deletion', () => {
    const { doc } = schemaOneDoc();
    const replica = replicaOf(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    migrateWorkshopDoc(doc);
    for (const u of updates) Y.applyUpdate(replica, u);
    expect(authorsInDoc(replica)).toEqual([]);
    expect(readMeta(replica)?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('takes a workshop whose version is unreadable for the oldest', () => {
    const { doc } = schemaOneDoc();
    doc.getMap('meta').set('schemaVersion', 'one');
    expect(docSchemaVersion(doc)).toBe(1);
    expect(migrateWorkshopDoc(doc)).toBe(1);
    expect(authorsInDoc(doc)).toEqual([]);
  });
});

describe('setCurrentStage and findStage', () => {
  it('moves the room to a known stage', () => {
    const { doc, stageIds } = newWorkshop();
    expect(setCurrentStage(doc, must(stageIds[2]))).toBe(true);
    expect(readMeta(doc)?.currentStageId).toBe(stageIds[2]);
    expect(findStage(doc, must(stageIds[2]))?.kind).toBe('vote');
  });

  it.each(['no-such-stage', '', 'STAGE-REVIEW', 'stage-review ', 'toString', '__proto__'])(
    'refuses the unknown id %j and changes nothing',
    (id) => {
      const { doc, stageIds } = newWorkshop();
      let updates = 0;
      doc.on('update', () => {
        updates += 1;
      });
      expect(setCurrentStage(doc, id)).toBe(false);
      expect(findStage(doc, id)).toBeUndefined();
      expect(readMeta(doc)?.currentStageId).toBe(stageIds[0]);
      expect(updates).toBe(0);
    },
  );

  it('refuses an id that only a malformed stage entry carries', () => {
    const { doc } = newWorkshop();
    doc.getMap('stages').set('plain-object', { id: 'plain-object', kind: 'list' });
    doc.getMap('stages').set('mislabelled', yMap({ id: 'other-id', kind: 'list' }));
    expect(setCurrentStage(doc, 'plain-object')).toBe(false);
    expect(setCurrentStage(doc, 'mislabelled')).toBe(false);
    expect(setCurrentStage(doc, 'other-id')).toBe(false);
  });
});

describe('readers are defensive', () => {
  it('read no workshop when the meta id is missing or not a string', () => {
    const { doc } = newWorkshop();
    doc.getMap('meta').set('id', 42);
    expect(readWorkshop(doc)).toBeUndefined();
    doc.getMap('meta').delete('id');
    expect(readWorkshop(doc)).toBeUndefined();
  });

  it('give meta fields of the wrong type their defaults', () => {
    const { doc, stageIds } = newWorkshop();
    const meta = doc.getMap('meta');
    meta.set('schemaVersion', 'one');
    meta.set('title', ['not', 'text']);
    meta.set('locale', 'fr');
    meta.set('joinCode', 482913);
    meta.set('currentStageId', 7);
    meta.set('createdAt', Number.NaN);
    expect(readMeta(doc)).toEqual({
      schemaVersion: SCHEMA_VERSION,
      id: WORKSHOP_ID,
      title: '',
      locale: 'ar',
      joinCode: '',
      // A current stage that is not a stage falls back to the first one.
      currentStageId: stageIds[0],
      createdAt: 0,
      date: '',
      place: '',
      organizers: [],
      joinLocked: false,
      joinMode: 'open',
      endedAt: null,
      guestsUntil: null,
    });
    meta.set('createdAt', Number.POSITIVE_INFINITY);
    expect(readMeta(doc)?.createdAt).toBe(0);
  });

  it('skip stage entries that are not maps or whose id is not their key', () => {
    const doc = new Y.Doc();
    const stages = doc.getMap('stages');
    stages.set('string', 'review');
    stages.set('number', 42);
    stages.set('null', null);
    stages.set('plain', { id: 'plain', kind: 'list' });
    stages.set('array', new Y.Array<unknown>());
    stages.set('no-id', yMap({ kind: 'list' }));
    stages.set('numeric-id', yMap({ id: 17, kind: 'list' }));
    stages.set('ok', yMap({ id: 'ok', kind: 'list', state: 'open', title: 'Good', rank: 1 }));
    // A second entry claiming the id "ok" under another key.
    stages.set('copy', yMap({ id: 'ok', kind: 'vote', title: 'Impostor', rank: 0 }));
    expect(readStages(doc)).toEqual([
      {
        id: 'ok',
        kind: 'list',
        state: 'open',
        title: 'Good',
        description: '',
        locked: false,
        display: 'list',
        timer: IDLE_TIMER,
        rank: 1,
      },
    ]);
    expect(findStage(doc, 'ok')?.title).toBe('Good');
  });

  it('order stages by rank, then id', () => {
    const doc = new Y.Doc();
    const stages = doc.getMap('stages');
    for (const [id, rank] of [
      ['c', 2],
      ['b', 1],
      ['a', 1],
      ['z', 0.5],
    ] as const) {
      stages.set(id, yMap({ id, rank }));
    }
    expect(readStages(doc).map((s) => s.id)).toEqual(['z', 'a', 'b', 'c']);
  });

  it('repair stage fields of the wrong shape', () => {
    const doc = new Y.Doc();
    doc.getMap('stages').set(
      's1',
      yMap({
        id: 's1',
        kind: 'poll',
        state: 'archived',
        title: new Y.Text('typed together'),
        description: 12,
        titles: { ar: 'عنوان', en: 3 },
        descriptions: 'both',
        locked: 'yes',
        timer: 'five minutes',
        rank: 'first',
      }),
    );
    const [stage] = readStages(doc);
    expect(stage).toEqual({
      id: 's1',
      kind: 'info',
      state: 'draft',
      title: 'typed together',
      description: '',
      locked: false,
      display: 'list',
      timer: IDLE_TIMER,
      rank: 0,
    });
    expect(stage).not.toHaveProperty('titles');
    expect(stage).not.toHaveProperty('descriptions');
  });

  it('skip items that are not maps, lack a string stage id, or sit under another key', () => {
    const doc = new Y.Doc();
    const items = doc.getMap('items');
    items.set('string', 'an idea');
    items.set('number', 3);
    items.set('null', null);
    items.set('plain', { id: 'plain', stageId: 's1' });
    items.set('no-id', yMap({ stageId: 's1' }));
    items.set('no-stage', yMap({ id: 'no-stage' }));
    items.set('numeric-stage', yMap({ id: 'numeric-stage', stageId: 5 }));
    items.set('mislabelled', yMap({ id: 'good', stageId: 's1' }));
    items.set('good', yMap({ id: 'good', stageId: 's1', title: 'kept' }));
    expect(readItems(doc).map((i) => [i.id, i.title])).toEqual([['good', 'kept']]);
  });

  it('keep only distinct whole goal numbers from 1 to 17, in order', () => {
    const doc = new Y.Doc();
    const sdgs = [17, 0, 18, '3', 3, 3, 1.5, -1, null, Number.NaN, { n: 4 }, 17];
    doc.getMap('items').set('i', yMap({ id: 'i', stageId: 's', sdgs }));
    expect(readItems(doc)[0]?.sdgs).toEqual([3, 17]);
    expect(readItems(doc)[0]?.ownSdgs).toEqual([3, 17]);
  });

  it.each([
    ['a string', '1,2,3'],
    ['a number', 5],
    ['a Y.Array', new Y.Array<number>()],
    ['an object', { 0: 1 }],
  ])('read sdgs given as %s as no goals', (_label, sdgs) => {
    const doc = new Y.Doc();
    doc.getMap('items').set('i', yMap({ id: 'i', stageId: 's', sdgs }));
    expect(readItems(doc)[0]?.sdgs).toEqual([]);
  });

  it('repair item fields of the wrong type', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set(
      'i',
      yMap({
        id: 'i',
        stageId: 's',
        title: 'plain string title',
        description: { text: 'x' },
        rank: 'first',
        createdAt: Number.NEGATIVE_INFINITY,
        status: 'deleted',
        themeId: 3,
        authorId: 12,
        authorGroup: 'aliens',
      }),
    );
    expect(readItems(doc)).toEqual([
      {
        id: 'i',
        stageId: 's',
        title: 'plain string title',
        description: '',
        sdgs: [],
        ownSdgs: [],
        status: 'active',
        mergedFrom: [],
        createdAt: 0,
        rank: 0,
      },
    ]);
  });

  it('show a merged item whose merge target is not a string', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('i', yMap({ id: 'i', stageId: 's', status: 'merged', mergedInto: 42 }));
    expect(readItems(doc)[0]?.status).toBe('active');
    expect(readItems(doc)[0]).not.toHaveProperty('mergedInto');
  });

  // Regression: the reader only checks that mergedInto is a string, so an item merged into an item that was
  // never synced, or into itself, stays hidden for good, which readItem's own comment says must not happen.
  it('show a merged item whose merge target does not exist or is itself', () => {
    const doc = new Y.Doc();
    doc.getMap('items').set('i', yMap({ id: 'i', stageId: 's', status: 'merged', mergedInto: 'ghost' }));
    doc.getMap('items').set('self', yMap({ id: 'self', stageId: 's', status: 'merged', mergedInto: 'self' }));
    expect(readItems(doc).map((i) => i.status)).toEqual(['active', 'active']);
  });

  it('read themes defensively', () => {
    const doc = new Y.Doc();
    const themes = doc.getMap('themes');
    themes.set('plain', { id: 'plain', stageId: 's' });
    themes.set('mislabelled', yMap({ id: 'other', stageId: 's' }));
    themes.set('no-stage', yMap({ id: 'no-stage', name: 'x' }));
    themes.set('t2', yMap({ id: 't2', stageId: 's', name: new Y.Text('Water'), rank: 2 }));
    themes.set('t1', yMap({ id: 't1', stageId: 's', name: 7, rank: 'high' }));
    themes.set('t3', yMap({ id: 't3', stageId: 'other-stage', name: 'Elsewhere', rank: 1 }));
    expect(readThemes(doc, 's')).toEqual([
      { id: 't1', stageId: 's', name: '', rank: 0 },
      { id: 't2', stageId: 's', name: 'Water', rank: 2 },
    ]);
    expect(readThemes(doc).map((t) => t.id)).toEqual(['t1', 't3', 't2']);
  });

  it('still add items after garbage entries', () => {
    const { doc, stageIds } = newWorkshop();
    const stageId = must(stageIds[0]);
    doc.getMap('items').set('junk', yMap({ id: 'junk', stageId, rank: 'high' }));
    doc.getMap('items').set('junk2', 'text');
    expect(addItem(doc, item('real', stageId)).rank).toBe(1);
    expect(readItems(doc, stageId).map((i) => i.id)).toEqual(['junk', 'real']);
  });

  it('do not throw when another replica wrote the top-level types as the wrong kind', () => {
    const writer = new Y.Doc();
    writer.getArray('meta').push(['id', WORKSHOP_ID]);
    writer.getArray('stages').push([yMap({ id: 'hidden' })]);
    writer.getArray('items').push([yMap({ id: 'hidden', stageId: 's' })]);
    writer.getText('themes').insert(0, 'themes');
    const update = Y.encodeStateAsUpdate(writer);

    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, update);
    expect(readWorkshop(fresh)).toBeUndefined();
    expect(readStages(fresh)).toEqual([]);
    expect(readItems(fresh)).toEqual([]);
    expect(readThemes(fresh)).toEqual([]);

    const { doc } = newWorkshop('blank');
    const before = readWorkshop(doc);
    Y.applyUpdate(doc, update);
    expect(readWorkshop(doc)).toEqual(before);
  });

  it('never throw on random garbage and always return well-formed values', () => {
    const fields = [
      'id',
      'stageId',
      'kind',
      'state',
      'title',
      'titles',
      'description',
      'descriptions',
      'locked',
      'timer',
      'sdgs',
      'status',
      'mergedInto',
      'themeId',
      'rank',
      'createdAt',
      'authorId',
      'authorGroup',
      'name',
      'schemaVersion',
      'locale',
      'joinCode',
      'currentStageId',
    ];
    const keys = ['s1', 's2', 'i1', 'i2', 't1'];
    // Values are made by thunks so that every run gets fresh Y types, which can be inserted only once.
    const value: fc.Arbitrary<() => unknown> = fc.oneof(
      // Through JSON so objects get a normal prototype; Yjs cannot store null-prototype objects at all.
      fc.jsonValue().map((v) => () => JSON.parse(JSON.stringify(v)) as unknown),
      fc
        .constantFrom(...keys, 'list', 'vote', 'open', 'merged', 'withdrawn', 'en', 'academia', true)
        .map((v) => () => v),
      fc.array(fc.integer({ min: -2, max: 20 })).map((v) => () => v),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e300).map((v) => () => v),
      fc.string().map((s) => () => new Y.Text(s)),
      fc
        .record({ ar: fc.string(), en: fc.oneof(fc.string(), fc.integer()) }, { noNullPrototype: true })
        .map((v) => () => ({ ...v })),
      fc
        .record({ status: fc.constantFrom('running', 'paused', 'idle', 'x'), endsAt: fc.jsonValue() })
        .map((v) => () => JSON.parse(JSON.stringify(v)) as unknown),
    );
    // An entry is made for its key; most maps carry that key as their id so that the readers get past it.
    const entry: fc.Arbitrary<(key: string) => unknown> = fc.oneof(
      value.map((v) => () => v()),
      fc
        .record({
          fields: fc.dictionary(fc.constantFrom(...fields), value),
          idIsKey: fc.boolean(),
          stageId: fc.option(fc.constantFrom('s1', 's2')),
        })
        .map(({ fields: d, idIsKey, stageId }) => (key: string) => {
          const m = new Y.Map<unknown>();
          for (const [k, v] of Object.entries(d)) m.set(k, v());
          if (idIsKey) m.set('id', key);
          if (stageId !== null) m.set('stageId', stageId);
          return m;
        }),
    );
    const entries = fc.array(fc.tuple(fc.constantFrom(...keys), entry), { maxLength: 8 });

    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...fields), value),
        fc.boolean(),
        entries,
        entries,
        entries,
        (meta, hasId, s, i, t) => {
          const doc = new Y.Doc();
          let metaId: unknown;
          doc.transact(() => {
            for (const [k, v] of Object.entries(meta)) {
              const built = v();
              if (k === 'id') metaId = built;
              doc.getMap('meta').set(k, built);
            }
            if (hasId) {
              metaId = WORKSHOP_ID;
              doc.getMap('meta').set('id', metaId);
            }
            for (const [k, e] of s) doc.getMap('stages').set(k, e(k));
            for (const [k, e] of i) doc.getMap('items').set(k, e(k));
            for (const [k, e] of t) doc.getMap('themes').set(k, e(k));
          });

          const view = readWorkshop(doc);
          expect(view === undefined).toBe(typeof metaId !== 'string');
          if (view) {
            expect(LOCALES).toContain(view.meta.locale);
            expect(Number.isFinite(view.meta.createdAt)).toBe(true);
            expect(Number.isFinite(view.meta.schemaVersion)).toBe(true);
            expect(['string', 'object']).toContain(typeof view.meta.currentStageId);
          }
          const stages = readStages(doc);
          expect(new Set(stages.map((x) => x.id)).size).toBe(stages.length);
          for (const x of stages) {
            expect(STAGE_KINDS).toContain(x.kind);
            expect(STAGE_STATES).toContain(x.state);
            expect([typeof x.title, typeof x.description, typeof x.locked]).toEqual([
              'string',
              'string',
              'boolean',
            ]);
            expect(Number.isFinite(x.rank)).toBe(true);
            expect(['idle', 'running', 'paused']).toContain(x.timer.status);
            expect(Number.isFinite(x.timer.remainingMs) && x.timer.remainingMs >= 0).toBe(true);
            if (x.titles) expect([typeof x.titles.ar, typeof x.titles.en]).toEqual(['string', 'string']);
          }
          const items = readItems(doc);
          for (const x of items) {
            expect([typeof x.id, typeof x.stageId, typeof x.title, typeof x.description]).toEqual([
              'string',
              'string',
              'string',
              'string',
            ]);
            expect(ITEM_STATUSES).toContain(x.status);
            expect(new Set(x.sdgs).size).toBe(x.sdgs.length);
            for (const n of x.sdgs) expect(Number.isInteger(n) && n >= 1 && n <= 17).toBe(true);
            for (const n of x.ownSdgs) expect(x.sdgs).toContain(n);
            expect(Number.isFinite(x.rank) && Number.isFinite(x.createdAt)).toBe(true);
            if (x.authorGroup !== undefined) expect(STAKEHOLDER_GROUPS).toContain(x.authorGroup);
            if (x.status === 'merged') expect(typeof x.mergedInto).toBe('string');
          }
          for (let k = 1; k < items.length; k++) {
            expect(must(items[k - 1]).rank).toBeLessThanOrEqual(must(items[k]).rank);
          }
          for (const x of readThemes(doc))
            expect([typeof x.name, Number.isFinite(x.rank)]).toEqual(['string', true]);
          // A replica that synced the same garbage reads the same thing.
          expect(readWorkshop(replicaOf(doc))).toEqual(view);
          expect(readItems(replicaOf(doc))).toEqual(items);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('convergence', () => {
  type Action =
    | { type: 'add'; replica: number; stage: number; createdAt: number; sdgs: number[] }
    | { type: 'goto'; replica: number; stage: number }
    | { type: 'deliver'; replica: number; pick: number };

  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({
      type: fc.constant('add' as const),
      replica: fc.nat(),
      stage: fc.nat(),
      createdAt: fc.integer({ min: 0, max: 3 }),
      sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
    }),
    fc.record({ type: fc.constant('goto' as const), replica: fc.nat(), stage: fc.nat() }),
    fc.record({ type: fc.constant('deliver' as const), replica: fc.nat(), pick: fc.nat() }),
  );

  it('brings replicas that add items and move the room, syncing in random order, to the same workshop', () => {
    const REMOTE = Symbol('remote');
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(action, { maxLength: 80 }), (count, actions) => {
        const { doc: origin, stageIds } = newWorkshop('vlr', 'ar');
        const initial = Y.encodeStateAsUpdate(origin);
        const replicas = Array.from({ length: count }, () => new Y.Doc());
        const inboxes: Uint8Array[][] = replicas.map(() => []);
        replicas.forEach((doc, r) => {
          Y.applyUpdate(doc, initial, REMOTE);
          doc.on('update', (update: Uint8Array, from: unknown) => {
            if (from === REMOTE) return;
            inboxes.forEach((inbox, other) => {
              if (other !== r) inbox.push(update);
            });
          });
        });
        const deliver = (r: number, index: number): void => {
          const [update] = must(inboxes[r]).splice(index, 1);
          Y.applyUpdate(must(replicas[r]), must(update), REMOTE);
        };

        const acked = new Map<string, { rank: number; seenBefore: string[] }>();
        actions.forEach((a, n) => {
          const r = a.replica % count;
          const doc = must(replicas[r]);
          if (a.type === 'deliver') {
            const inbox = must(inboxes[r]);
            if (inbox.length > 0) deliver(r, a.pick % inbox.length);
          } else if (a.type === 'goto') {
            // One index past the end stands for an id no replica knows.
            const stageId = stageIds[a.stage % (stageIds.length + 1)] ?? 'no-such-stage';
            expect(setCurrentStage(doc, stageId)).toBe(stageIds.includes(stageId));
          } else {
            const stageId = must(stageIds[a.stage % stageIds.length]);
            const seenBefore = readItems(doc, stageId).map((i) => i.id);
            const id = `r${r}-n${n}`;
            const added = addItem(doc, item(id, stageId, { createdAt: a.createdAt, sdgs: a.sdgs }));
            acked.set(id, { rank: added.rank, seenBefore });
          }
        });
        // Deliver what is left newest first, so most updates arrive before those they depend on.
        replicas.forEach((_, r) => {
          const inbox = must(inboxes[r]);
          while (inbox.length > 0) deliver(r, inbox.length - 1);
        });

        const views = replicas.map((doc) => readWorkshop(doc));
        for (const view of views) expect(view).toEqual(views[0]);
        const view = must(views[0]);
        expect(view.stages.map((s) => s.id)).toEqual(stageIds);
        expect(stageIds).toContain(view.meta.currentStageId);
        expect(view.items.map((i) => i.id).sort()).toEqual([...acked.keys()].sort());
        // Ranks never change after the ack, and an item lands after every item its author could see.
        const order = new Map(view.items.map((i, position) => [i.id, { rank: i.rank, position }]));
        for (const [id, { rank, seenBefore }] of acked) {
          const final = must(order.get(id));
          expect(final.rank).toBe(rank);
          for (const earlier of seenBefore)
            expect(must(order.get(earlier)).position).toBeLessThan(final.position);
        }
      }),
      { numRuns: 150 },
    );
  });
});
