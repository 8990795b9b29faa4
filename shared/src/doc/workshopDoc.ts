/**
 * The Yjs document schema of a workshop: creation, migration and typed readers. Writers live
 * beside it (stageOps, itemOps, themeOps); nothing outside this folder touches the raw maps.
 *
 * Layout (schema version 2):
 *   meta:   Y.Map   { schemaVersion, id, title, locale, joinCode, currentStageId, createdAt }
 *   stages: Y.Map   stageId -> Y.Map { id, kind, state, title, titles?, description, descriptions?,
 *                                      locked, timer, rank }
 *   items:  Y.Map   itemId -> Y.Map { id, stageId, title: Y.Text, description: Y.Text, sdgs: number[],
 *                                     status, mergedInto?, themeId?, authorGroup?, createdAt, rank }
 *   themes: Y.Map   themeId -> Y.Map { id, stageId, name, rank }
 *   outcomes: Y.Map outcomeId -> Y.Map { id, kind, text: Y.Text, stageId?, owner: Y.Text,
 *                                        organization: Y.Text, due?, status, itemIds, sdgs, createdAt, rank }
 *   notes:<stageId>: Y.XmlFragment, one root type per stage (the rich-text minutes of that stage)
 *   meta also holds the minutes header: date ('YYYY-MM-DD'), place: Y.Text, organizers: Y.Text,
 *   joinLocked, and once the workshop ended endedAt and guestsUntil (ms, written by the server)
 *
 * Who wrote an item is not in the doc: every phone and the board download all of it. Schema 1 kept
 * each idea's author (`authorId`); `migrateWorkshopDoc` takes it out, after the server has stored
 * what `authorsInDoc` found.
 *
 * Facilitators write the doc directly, so every reader here is defensive: an entry of the wrong
 * shape is skipped or given a default, never trusted.
 */
import * as Y from 'yjs';
import type {
  BoardDisplay,
  ItemStatus,
  ItemView,
  StageKind,
  StageState,
  StageView,
  ThemeView,
  WorkshopMeta,
  WorkshopView,
} from '../domain.js';
import { BOARD_DISPLAYS, ITEM_STATUSES, STAGE_KINDS, STAGE_STATES } from '../domain.js';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../groups.js';
import { LOCALES, type Locale } from '../locale.js';
import type { TemplateStage } from '../templates.js';
import { validDate } from '../text/dates.js';
import { IDLE_TIMER, parseTimer } from '../timer.js';
import { readOutcomes } from './outcomeOps.js';
import { bilingual, itemsMap, metaMap, num, oneOf, sdgList, stagesMap, str, text, themesMap } from './raw.js';
import { readVote } from './voteOps.js';

/** The doc layout version this code writes; older docs are migrated on load by `migrateWorkshopDoc`. */
export const SCHEMA_VERSION = 2;

/** What a new workshop doc is made of. */
export interface WorkshopInit {
  readonly id: string;
  readonly title: string;
  readonly locale: Locale;
  readonly joinCode: string;
  readonly createdAt: number;
  readonly stages: ReadonlyArray<{ readonly id: string; readonly template: TemplateStage }>;
}

/** Writes a new workshop into an empty doc, in one transaction. */
export function initWorkshopDoc(doc: Y.Doc, init: WorkshopInit): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('id', init.id);
    meta.set('title', init.title);
    meta.set('locale', init.locale);
    meta.set('joinCode', init.joinCode);
    meta.set('createdAt', init.createdAt);
    meta.set('currentStageId', init.stages[0]?.id ?? null);
    const idOf = (key: string) => init.stages.find((s) => s.template.key === key)?.id ?? key;
    init.stages.forEach(({ id, template }, index) => {
      const stage = new Y.Map<unknown>();
      stage.set('id', id);
      stage.set('kind', template.kind);
      stage.set('state', template.state);
      stage.set('title', template.titles[init.locale]);
      stage.set('titles', { ...template.titles });
      stage.set('description', template.descriptions[init.locale]);
      stage.set('descriptions', { ...template.descriptions });
      stage.set('locked', false);
      stage.set('timer', { ...IDLE_TIMER });
      stage.set('rank', index + 1);
      if (template.vote) stage.set('vote', template.vote(idOf, init.locale));
      stagesMap(doc).set(id, stage);
    });
  });
}

/**
 * The layout version a doc is written in. A doc without a workshop has nothing to migrate; a
 * workshop whose version is missing or unreadable is taken for the oldest, whose steps are harmless
 * on a newer doc.
 */
export function docSchemaVersion(doc: Y.Doc): number {
  const meta = metaMap(doc);
  if (typeof meta.get('id') !== 'string') return SCHEMA_VERSION;
  return num(meta.get('schemaVersion'), 1);
}

/** An idea's author as a schema-1 doc recorded it. */
export interface ItemAuthorInDoc {
  readonly itemId: string;
  readonly participantId: string;
  readonly stageId: string;
}

/**
 * The authors a doc still names: schema 1 wrote each participant's id on their ideas. The server
 * stores these before `migrateWorkshopDoc` takes them out of the doc.
 */
export function authorsInDoc(doc: Y.Doc): ItemAuthorInDoc[] {
  const out: ItemAuthorInDoc[] = [];
  for (const [key, entry] of itemsMap(doc).entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const participantId = entry.get('authorId');
    const stageId = entry.get('stageId');
    if (entry.get('id') !== key || typeof participantId !== 'string' || typeof stageId !== 'string') continue;
    out.push({ itemId: key, participantId, stageId });
  }
  return out;
}

/**
 * Brings a doc written by an older schema up to SCHEMA_VERSION, in one transaction, and returns the
 * version it found. Only the server migrates (it is the one writer every doc has); it first keeps
 * whatever a step takes out of the doc.
 */
export function migrateWorkshopDoc(doc: Y.Doc): number {
  const found = docSchemaVersion(doc);
  if (found >= SCHEMA_VERSION) return found;
  doc.transact(() => {
    // 1 → 2: authors leave the doc. The deleted values are garbage-collected, so the state the
    // server sends from now on no longer holds them.
    for (const entry of itemsMap(doc).values()) {
      if (entry instanceof Y.Map && entry.has('authorId')) entry.delete('authorId');
    }
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
  });
  return found;
}

/** The workshop header, or undefined when the doc holds no workshop yet. */
export function readMeta(doc: Y.Doc): WorkshopMeta | undefined {
  const meta = metaMap(doc);
  const id = meta.get('id');
  if (typeof id !== 'string') return undefined;
  // Two facilitators may delete the current stage and the one the room moved to at once; the room
  // then goes to the first stage that exists, the same on every replica, rather than to nowhere.
  const stored = meta.get('currentStageId');
  const current =
    typeof stored === 'string' && readStage(stored, stagesMap(doc).get(stored))
      ? stored
      : (readStages(doc)[0]?.id ?? null);
  return {
    schemaVersion: num(meta.get('schemaVersion'), SCHEMA_VERSION),
    id,
    title: str(meta.get('title')),
    locale: oneOf(LOCALES, meta.get('locale'), 'ar'),
    joinCode: str(meta.get('joinCode')),
    currentStageId: current,
    createdAt: num(meta.get('createdAt')),
    date: validDate(str(meta.get('date'))) ? str(meta.get('date')) : '',
    place: text(meta.get('place')),
    joinLocked: meta.get('joinLocked') === true,
    joinMode: meta.get('joinMode') === 'invited' ? 'invited' : 'open',
    endedAt: nullableTime(meta.get('endedAt')),
    guestsUntil: nullableTime(meta.get('guestsUntil')),
    organizers: text(meta.get('organizers'))
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

const nullableTime = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function readStage(key: string, entry: unknown): StageView | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const id = entry.get('id');
  if (id !== key) return undefined;
  const titles = bilingual(entry.get('titles'));
  const descriptions = bilingual(entry.get('descriptions'));
  return {
    id,
    kind: oneOf<StageKind>(STAGE_KINDS, entry.get('kind'), 'info'),
    state: oneOf<StageState>(STAGE_STATES, entry.get('state'), 'draft'),
    title: text(entry.get('title')),
    description: text(entry.get('description')),
    locked: entry.get('locked') === true,
    display: oneOf<BoardDisplay>(BOARD_DISPLAYS, entry.get('display'), 'list'),
    ...(entry.get('kind') === 'vote' ? { vote: readVote(entry) } : {}),
    timer: parseTimer(entry.get('timer')),
    rank: num(entry.get('rank')),
    ...(titles ? { titles } : {}),
    ...(descriptions ? { descriptions } : {}),
  };
}

const byRank = <T extends { rank: number; id: string }>(a: T, b: T): number =>
  a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The agenda in order. */
export function readStages(doc: Y.Doc): StageView[] {
  const out: StageView[] = [];
  for (const [key, entry] of stagesMap(doc).entries()) {
    const stage = readStage(key, entry);
    if (stage) out.push(stage);
  }
  return out.sort(byRank);
}

/** One stage by id. */
export function findStage(doc: Y.Doc, stageId: string): StageView | undefined {
  return readStage(stageId, stagesMap(doc).get(stageId));
}

type RawItem = Omit<ItemView, 'sdgs' | 'mergedFrom'>;

function readItem(key: string, entry: unknown): RawItem | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const id = entry.get('id');
  const stageId = entry.get('stageId');
  if (id !== key || typeof stageId !== 'string') return undefined;
  const authorGroup = entry.get('authorGroup');
  const mergedInto = entry.get('mergedInto');
  const themeId = entry.get('themeId');
  const status = oneOf<ItemStatus>(ITEM_STATUSES, entry.get('status'), 'active');
  return {
    id,
    stageId,
    title: text(entry.get('title')),
    description: text(entry.get('description')),
    ownSdgs: sdgList(entry.get('sdgs')),
    createdAt: num(entry.get('createdAt')),
    rank: num(entry.get('rank')),
    // A merge pointing nowhere would hide the item for good; show it instead.
    status: status === 'merged' && typeof mergedInto !== 'string' ? 'active' : status,
    ...(status === 'merged' && typeof mergedInto === 'string' ? { mergedInto } : {}),
    ...(typeof themeId === 'string' ? { themeId } : {}),
    ...(STAKEHOLDER_GROUPS.includes(authorGroup as StakeholderGroup)
      ? { authorGroup: authorGroup as StakeholderGroup }
      : {}),
  };
}

const itemOrder = (a: RawItem, b: RawItem): number =>
  a.rank - b.rank || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where a merged item ends up: follows `mergedInto` to the first item that is not merged. A chain
 * that points nowhere or out of the stage ends at its last item, and a loop (two facilitators
 * merging x into y and y into x at once) at its lowest id, so no idea is ever lost from the list.
 */
function mergeRoot(item: RawItem, byId: ReadonlyMap<string, RawItem>): RawItem {
  const path: RawItem[] = [item];
  let current = item;
  for (;;) {
    if (current.status !== 'merged') return current;
    const next = current.mergedInto === undefined ? undefined : byId.get(current.mergedInto);
    if (!next || next.stageId !== item.stageId) return current;
    const seen = path.indexOf(next);
    if (seen >= 0) {
      return path.slice(seen).reduce((low, candidate) => (candidate.id < low.id ? candidate : low));
    }
    path.push(next);
    current = next;
  }
}

/**
 * The items of one stage (or of all stages) in list order, whatever their status. A merged item
 * points at the item it ended up in, which shows its SDG tags too.
 */
export function readItems(doc: Y.Doc, stageId?: string): ItemView[] {
  const byId = new Map<string, RawItem>();
  for (const [key, entry] of itemsMap(doc).entries()) {
    const item = readItem(key, entry);
    // Merge chains may cross into no other stage, so the whole doc is read to resolve them.
    if (item) byId.set(item.id, item);
  }
  const resolved = new Map<string, RawItem>();
  for (const item of byId.values()) {
    if (item.status !== 'merged') {
      resolved.set(item.id, item);
      continue;
    }
    const root = mergeRoot(item, byId);
    const { mergedInto: _dropped, ...rest } = item;
    resolved.set(
      item.id,
      root === item ? { ...rest, status: 'active' } : { ...rest, status: 'merged', mergedInto: root.id },
    );
  }
  // A theme deleted while someone put an idea in it leaves a dangling id: the idea is ungrouped.
  const themes = new Set(readThemes(doc).map((t) => `${t.stageId}/${t.id}`));
  for (const [id, item] of resolved) {
    if (item.themeId !== undefined && !themes.has(`${item.stageId}/${item.themeId}`)) {
      const { themeId: _gone, ...rest } = item;
      resolved.set(id, rest);
    }
  }
  const raw = [...resolved.values()].filter((item) => stageId === undefined || item.stageId === stageId);
  raw.sort(itemOrder);
  const sources = new Map<string, RawItem[]>();
  for (const item of resolved.values()) {
    if (item.mergedInto === undefined) continue;
    const list = sources.get(item.mergedInto) ?? [];
    list.push(item);
    sources.set(item.mergedInto, list);
  }
  return raw.map((item) => {
    const from = (sources.get(item.id) ?? []).sort(itemOrder);
    const sdgs = new Set(item.ownSdgs);
    for (const source of from) for (const n of source.ownSdgs) sdgs.add(n);
    return { ...item, sdgs: [...sdgs].sort((a, b) => a - b), mergedFrom: from.map((s) => s.id) };
  });
}

/** One item by id. */
export function findItem(doc: Y.Doc, itemId: string): ItemView | undefined {
  const entry = itemsMap(doc).get(itemId);
  const stageId = entry instanceof Y.Map ? entry.get('stageId') : undefined;
  if (typeof stageId !== 'string') return undefined;
  return readItems(doc, stageId).find((item) => item.id === itemId);
}

/** The themes of one stage (or all), in order. */
export function readThemes(doc: Y.Doc, stageId?: string): ThemeView[] {
  const out: ThemeView[] = [];
  for (const [key, entry] of themesMap(doc).entries()) {
    if (!(entry instanceof Y.Map) || entry.get('id') !== key) continue;
    const themeStage = entry.get('stageId');
    if (typeof themeStage !== 'string' || (stageId !== undefined && themeStage !== stageId)) continue;
    out.push({ id: key, stageId: themeStage, name: text(entry.get('name')), rank: num(entry.get('rank')) });
  }
  return out.sort(byRank);
}

/** Everything a client renders, or undefined before the doc has synced a workshop. */
export function readWorkshop(doc: Y.Doc): WorkshopView | undefined {
  const meta = readMeta(doc);
  if (!meta) return undefined;
  return {
    meta,
    stages: readStages(doc),
    items: readItems(doc),
    themes: readThemes(doc),
    outcomes: readOutcomes(doc),
  };
}

/** Moves the room to a stage. Returns false when no stage has that id. */
export function setCurrentStage(doc: Y.Doc, stageId: string): boolean {
  if (!findStage(doc, stageId)) return false;
  metaMap(doc).set('currentStageId', stageId);
  return true;
}
