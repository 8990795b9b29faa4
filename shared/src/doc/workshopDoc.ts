/**
 * The Yjs document schema of a workshop, in one place. Nothing else touches the doc's raw maps.
 *
 * Layout (schema version 1):
 *   meta:   Y.Map   { schemaVersion, id, title, locale, joinCode, currentStageId, createdAt }
 *   stages: Y.Array of Y.Map { id, kind, title, titles?, description, descriptions?, state }
 *   items:  Y.Map   itemId -> Y.Map { id, stageId, title: Y.Text, description: Y.Text, sdgs: number[],
 *                                     authorId?, authorGroup?, createdAt, rank }
 *
 * Facilitators write the doc directly, so every reader here is defensive: an entry of the wrong
 * shape is skipped or given a default, never trusted.
 */
import * as Y from 'yjs';
import type { ItemView, StageKind, StageState, StageView, WorkshopMeta, WorkshopView } from '../domain.js';
import { STAGE_KINDS, STAGE_STATES } from '../domain.js';
import { STAKEHOLDER_GROUPS, type StakeholderGroup } from '../groups.js';
import { type Bilingual, LOCALES, type Locale } from '../locale.js';
import type { TemplateStage } from '../templates.js';

/** The doc layout version this code writes; older docs are migrated on load by `migrateWorkshopDoc`. */
export const SCHEMA_VERSION = 1;

const KEY = { meta: 'meta', stages: 'stages', items: 'items' } as const;

type YMap = Y.Map<unknown>;

const metaMap = (doc: Y.Doc): YMap => doc.getMap<unknown>(KEY.meta);
const stagesArray = (doc: Y.Doc): Y.Array<YMap> => doc.getArray<YMap>(KEY.stages);
const itemsMap = (doc: Y.Doc): Y.Map<YMap> => doc.getMap<YMap>(KEY.items);

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback = 0): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const text = (v: unknown): string => (v instanceof Y.Text ? v.toString() : str(v));
const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T =>
  values.includes(v as T) ? (v as T) : fallback;
const bilingual = (v: unknown): Bilingual | undefined => {
  if (typeof v !== 'object' || v === null) return undefined;
  const { ar, en } = v as Record<string, unknown>;
  return typeof ar === 'string' && typeof en === 'string' ? { ar, en } : undefined;
};

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
    const stages = stagesArray(doc);
    stages.push(
      init.stages.map(({ id, template }) => {
        const stage = new Y.Map<unknown>();
        stage.set('id', id);
        stage.set('kind', template.kind);
        stage.set('state', template.state);
        stage.set('title', template.titles[init.locale]);
        stage.set('titles', { ...template.titles });
        stage.set('description', template.descriptions[init.locale]);
        stage.set('descriptions', { ...template.descriptions });
        return stage;
      }),
    );
  });
}

/** Brings a doc written by an older schema up to SCHEMA_VERSION. Returns the version it found. */
export function migrateWorkshopDoc(doc: Y.Doc): number {
  const found = num(metaMap(doc).get('schemaVersion'), SCHEMA_VERSION);
  // Version 1 is the first; later versions add their steps here, oldest first.
  return found;
}

/** The workshop header, or undefined when the doc holds no workshop yet. */
export function readMeta(doc: Y.Doc): WorkshopMeta | undefined {
  const meta = metaMap(doc);
  const id = meta.get('id');
  if (typeof id !== 'string') return undefined;
  const current = meta.get('currentStageId');
  return {
    schemaVersion: num(meta.get('schemaVersion'), SCHEMA_VERSION),
    id,
    title: str(meta.get('title')),
    locale: oneOf(LOCALES, meta.get('locale'), 'ar'),
    joinCode: str(meta.get('joinCode')),
    currentStageId: typeof current === 'string' ? current : null,
    createdAt: num(meta.get('createdAt')),
  };
}

function readStage(entry: unknown): StageView | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const id = entry.get('id');
  if (typeof id !== 'string') return undefined;
  const titles = bilingual(entry.get('titles'));
  const descriptions = bilingual(entry.get('descriptions'));
  return {
    id,
    kind: oneOf<StageKind>(STAGE_KINDS, entry.get('kind'), 'info'),
    state: oneOf<StageState>(STAGE_STATES, entry.get('state'), 'draft'),
    title: text(entry.get('title')),
    description: text(entry.get('description')),
    ...(titles ? { titles } : {}),
    ...(descriptions ? { descriptions } : {}),
  };
}

/** The agenda in order. Duplicate ids (from concurrent edits) keep their first place. */
export function readStages(doc: Y.Doc): StageView[] {
  const seen = new Set<string>();
  const out: StageView[] = [];
  for (const entry of stagesArray(doc).toArray()) {
    const stage = readStage(entry);
    if (!stage || seen.has(stage.id)) continue;
    seen.add(stage.id);
    out.push(stage);
  }
  return out;
}

/** One stage by id. */
export function findStage(doc: Y.Doc, stageId: string): StageView | undefined {
  return readStages(doc).find((s) => s.id === stageId);
}

function readItem(entry: unknown): ItemView | undefined {
  if (!(entry instanceof Y.Map)) return undefined;
  const id = entry.get('id');
  const stageId = entry.get('stageId');
  if (typeof id !== 'string' || typeof stageId !== 'string') return undefined;
  const rawSdgs = entry.get('sdgs');
  const sdgs = Array.isArray(rawSdgs)
    ? [...new Set(rawSdgs.filter((n): n is number => Number.isInteger(n) && n >= 1 && n <= 17))]
    : [];
  const authorId = entry.get('authorId');
  const authorGroup = entry.get('authorGroup');
  return {
    id,
    stageId,
    title: text(entry.get('title')),
    description: text(entry.get('description')),
    sdgs,
    createdAt: num(entry.get('createdAt')),
    rank: num(entry.get('rank')),
    ...(typeof authorId === 'string' ? { authorId } : {}),
    ...(STAKEHOLDER_GROUPS.includes(authorGroup as StakeholderGroup)
      ? { authorGroup: authorGroup as StakeholderGroup }
      : {}),
  };
}

const byRank = (a: ItemView, b: ItemView): number =>
  a.rank - b.rank || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The items of one stage (or of all stages) in list order. */
export function readItems(doc: Y.Doc, stageId?: string): ItemView[] {
  const out: ItemView[] = [];
  for (const entry of itemsMap(doc).values()) {
    const item = readItem(entry);
    if (item && (stageId === undefined || item.stageId === stageId)) out.push(item);
  }
  return out.sort(byRank);
}

/** Everything a client renders, or undefined before the doc has synced a workshop. */
export function readWorkshop(doc: Y.Doc): WorkshopView | undefined {
  const meta = readMeta(doc);
  if (!meta) return undefined;
  return { meta, stages: readStages(doc), items: readItems(doc) };
}

/** A new item as the server accepts it. */
export interface NewItem {
  readonly id: string;
  readonly stageId: string;
  readonly title: string;
  readonly description: string;
  readonly sdgs: readonly number[];
  readonly authorId?: string;
  readonly authorGroup?: StakeholderGroup;
  readonly createdAt: number;
}

/** Appends an item at the end of its stage's list and returns it as clients will read it. */
export function addItem(doc: Y.Doc, input: NewItem): ItemView {
  const last = readItems(doc, input.stageId).at(-1);
  const rank = last ? last.rank + 1 : 1;
  doc.transact(() => {
    const item = new Y.Map<unknown>();
    item.set('id', input.id);
    item.set('stageId', input.stageId);
    item.set('title', new Y.Text(input.title));
    item.set('description', new Y.Text(input.description));
    item.set('sdgs', [...input.sdgs]);
    item.set('createdAt', input.createdAt);
    item.set('rank', rank);
    if (input.authorId !== undefined) item.set('authorId', input.authorId);
    if (input.authorGroup !== undefined) item.set('authorGroup', input.authorGroup);
    itemsMap(doc).set(input.id, item);
  });
  return {
    id: input.id,
    stageId: input.stageId,
    title: input.title,
    description: input.description,
    sdgs: [...input.sdgs],
    createdAt: input.createdAt,
    rank,
    ...(input.authorId !== undefined ? { authorId: input.authorId } : {}),
    ...(input.authorGroup !== undefined ? { authorGroup: input.authorGroup } : {}),
  };
}

/** Moves the room to a stage. Returns false when no stage has that id. */
export function setCurrentStage(doc: Y.Doc, stageId: string): boolean {
  if (!findStage(doc, stageId)) return false;
  metaMap(doc).set('currentStageId', stageId);
  return true;
}
