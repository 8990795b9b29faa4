/**
 * Decisions and action items: the workshop's outcomes, recorded live beside the notes. Each is a
 * Y.Map in the `outcomes` map; its text, owner and organization are Y.Text so that two scribes can
 * correct the same entry at once.
 */
import * as Y from 'yjs';
import { validDate } from '../text/dates.js';
import { num, oneOf, outcomesMap, rankBetween, sdgList, setText, str, text, type YMap } from './raw.js';

export const OUTCOME_KINDS = ['decision', 'action'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** Where an action item stands. Decisions keep `open`. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A decision or an action item as the screens and the minutes read it. */
export interface OutcomeView {
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly text: string;
  /** The stage it was recorded during, or null for the workshop as a whole. */
  readonly stageId: string | null;
  /** Action items: who does it, and for which organization; '' when not given. */
  readonly owner: string;
  readonly organization: string;
  /** Action items: by when, `YYYY-MM-DD`, or null. */
  readonly due: string | null;
  readonly status: ActionStatus;
  /** Priority items it concerns, in the order given. */
  readonly itemIds: readonly string[];
  readonly sdgs: readonly number[];
  readonly createdAt: number;
  readonly rank: number;
}

/** What a new outcome is made of; the fields an update may change are the same, minus id and kind. */
export interface NewOutcome {
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly text: string;
  readonly stageId?: string | null;
  readonly owner?: string;
  readonly organization?: string;
  readonly due?: string | null;
  readonly status?: ActionStatus;
  readonly itemIds?: readonly string[];
  readonly sdgs?: readonly number[];
  readonly createdAt: number;
}

export type OutcomeChange = Partial<Omit<NewOutcome, 'id' | 'kind' | 'createdAt'>>;

const idList = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === 'string'))] : [];

function readOutcome(key: string, entry: unknown): OutcomeView | undefined {
  if (!(entry instanceof Y.Map) || entry.get('id') !== key) return undefined;
  const kind = entry.get('kind');
  if (!OUTCOME_KINDS.includes(kind as OutcomeKind)) return undefined;
  const stageId = entry.get('stageId');
  const due = str(entry.get('due'));
  return {
    id: key,
    kind: kind as OutcomeKind,
    text: text(entry.get('text')),
    stageId: typeof stageId === 'string' ? stageId : null,
    owner: text(entry.get('owner')),
    organization: text(entry.get('organization')),
    due: validDate(due) ? due : null,
    status: oneOf<ActionStatus>(ACTION_STATUSES, entry.get('status'), 'open'),
    itemIds: idList(entry.get('itemIds')),
    sdgs: sdgList(entry.get('sdgs')),
    createdAt: num(entry.get('createdAt')),
    rank: num(entry.get('rank')),
  };
}

/** Every decision and action item, in the order they were recorded (or arranged). */
export function readOutcomes(doc: Y.Doc): OutcomeView[] {
  const out: OutcomeView[] = [];
  for (const [key, entry] of outcomesMap(doc).entries()) {
    const outcome = readOutcome(key, entry);
    if (outcome) out.push(outcome);
  }
  return out.sort(
    (a, b) => a.rank - b.rank || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** One outcome by id. */
export function findOutcome(doc: Y.Doc, outcomeId: string): OutcomeView | undefined {
  return readOutcome(outcomeId, outcomesMap(doc).get(outcomeId));
}

/** How many outcomes the doc holds, without reading them. */
export function outcomeCount(doc: Y.Doc): number {
  return outcomesMap(doc).size;
}

function applyChange(entry: YMap, change: OutcomeChange): void {
  if (change.text !== undefined) setText(entry, 'text', change.text);
  if (change.owner !== undefined) setText(entry, 'owner', change.owner);
  if (change.organization !== undefined) setText(entry, 'organization', change.organization);
  if (change.stageId !== undefined) {
    if (change.stageId === null) entry.delete('stageId');
    else entry.set('stageId', change.stageId);
  }
  if (change.due !== undefined) {
    if (change.due === null || change.due === '') entry.delete('due');
    else entry.set('due', change.due);
  }
  if (change.status !== undefined) entry.set('status', change.status);
  if (change.itemIds !== undefined) entry.set('itemIds', [...new Set(change.itemIds)]);
  if (change.sdgs !== undefined) entry.set('sdgs', sdgList([...change.sdgs]));
}

/** Adds a decision or action item at the end, in one transaction. Returns what the readers see. */
export function addOutcome(doc: Y.Doc, input: NewOutcome): OutcomeView {
  const last = readOutcomes(doc).at(-1);
  doc.transact(() => {
    const entry = new Y.Map<unknown>();
    entry.set('id', input.id);
    entry.set('kind', input.kind);
    entry.set('createdAt', input.createdAt);
    entry.set('rank', rankBetween(last?.rank, undefined));
    entry.set('status', 'open');
    outcomesMap(doc).set(input.id, entry);
    setText(entry, 'text', input.text);
    setText(entry, 'owner', input.owner ?? '');
    setText(entry, 'organization', input.organization ?? '');
    applyChange(entry, { ...input, text: undefined, owner: undefined, organization: undefined });
  });
  return findOutcome(doc, input.id) as OutcomeView;
}

/** Changes some fields of an outcome; text fields with the smallest edit. False when there is none. */
export function updateOutcome(doc: Y.Doc, outcomeId: string, change: OutcomeChange): boolean {
  const entry = outcomesMap(doc).get(outcomeId);
  if (!(entry instanceof Y.Map) || !findOutcome(doc, outcomeId)) return false;
  doc.transact(() => applyChange(entry, change));
  return true;
}

/** Deletes an outcome. False when there is none. */
export function removeOutcome(doc: Y.Doc, outcomeId: string): boolean {
  if (!outcomesMap(doc).has(outcomeId)) return false;
  outcomesMap(doc).delete(outcomeId);
  return true;
}

/** The Y.Text behind an outcome's text field, for live co-editing in the console. */
export function outcomeText(
  doc: Y.Doc,
  outcomeId: string,
  field: 'text' | 'owner' | 'organization',
): Y.Text | undefined {
  const entry = outcomesMap(doc).get(outcomeId);
  const value = entry instanceof Y.Map ? entry.get(field) : undefined;
  return value instanceof Y.Text ? value : undefined;
}
