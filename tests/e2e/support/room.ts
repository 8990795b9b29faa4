/** Steps of the notes stage and the minutes: seeding outcomes and notes, joining with consent, and
 * reading back a printed PDF. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appendNotes, type NoteBlock, type WorkshopSummary } from '@majlis/shared';
import type { BrowserContext, Page } from 'playwright-core';
import {
  api,
  type ClientSocket,
  command,
  connectSocket,
  connectYjs,
  eventually,
  synced,
} from '../../support/testServer.js';
import { type Lang, PHONE_LABELS, pick } from './flows.js';

const run = promisify(execFile);

/** The consent box of the join form, as people read it. */
export const CONSENT_LABEL = {
  ar: 'أوافق على ذكر اسمي في قائمة المشاركين في محضر الورشة',
  en: 'My name may appear in the minutes’ list of participants',
} as const;

/** Joins from a new page of a phone, ticking the consent to be named in the minutes when `consent`. */
export async function joinWithConsent(
  context: BrowserContext,
  link: string,
  who: { lang: Lang; name: string; group: string; organization?: string; consent: boolean },
  /** Runs on the filled-in form, just before it is sent (an axe check, a screenshot). */
  beforeSubmit?: (page: Page) => Promise<void>,
): Promise<Page> {
  const L = PHONE_LABELS[who.lang];
  const page = await context.newPage();
  await page.goto(link);
  await pick(page.locator(`input[name="locale"][value="${who.lang}"]`));
  await page.getByLabel(L.name).fill(who.name);
  if (who.organization) await page.getByLabel(L.org).fill(who.organization);
  await pick(page.locator(`input[name="group"][value="${who.group}"]`));
  const consent = page.getByRole('checkbox', { name: CONSENT_LABEL[who.lang] });
  if (await consent.isChecked()) throw new Error('the consent box must start unticked');
  if (who.consent) await consent.check();
  await beforeSubmit?.(page);
  await page.getByRole('button', { name: L.join, exact: true }).click();
  await page.waitForURL(/\/w\/[^/]+\/me/);
  return page;
}

export interface SeededOutcome {
  readonly kind: 'decision' | 'action';
  readonly text: string;
  readonly owner?: string;
  readonly organization?: string;
  readonly due?: string;
  readonly status?: 'open' | 'in_progress' | 'done';
  /** Titles of brainstorm items to link. */
  readonly items?: readonly string[];
  readonly sdgs?: readonly number[];
}

/** The facilitator's command socket and the ids a notes-stage test needs. */
export interface NotesStage {
  readonly socket: ClientSocket;
  readonly notesStageId: string;
  readonly itemIds: ReadonlyMap<string, string>;
}

/** Adds the brainstorm's ideas and moves the room to the notes stage ("Decisions and action items"). */
export async function openNotesStage(
  url: string,
  workshop: { id: string; facilitatorKey: string },
  ideas: readonly string[],
): Promise<NotesStage> {
  const { body: summary } = await api<WorkshopSummary>(url, `/api/workshops/${workshop.id}`, {
    token: workshop.facilitatorKey,
  });
  // The VLR template: review, brainstorm, dot vote, scoring, decisions.
  const listStage = summary.stages[1];
  const notesStage = summary.stages.find((s) => s.kind === 'notes');
  if (!listStage || !notesStage) throw new Error('the template has no brainstorm or no notes stage');
  const socket = await connectSocket(url, workshop.facilitatorKey);
  const itemIds = new Map<string, string>();
  for (const title of ideas) {
    const ack = await command(socket, 'item:add', { stageId: listStage.id, title });
    if (!ack.ok) throw new Error(`item:add failed: ${JSON.stringify(ack)}`);
    itemIds.set(title, ack.item.id);
  }
  await command(socket, 'stage:goto', { stageId: notesStage.id });
  return { socket, notesStageId: notesStage.id, itemIds };
}

/** Records one decision or action item on the notes stage, as the console does. */
export async function addOutcome(stage: NotesStage, outcome: SeededOutcome): Promise<void> {
  const ack = await command(stage.socket, 'outcome:add', {
    kind: outcome.kind,
    text: outcome.text,
    stageId: stage.notesStageId,
    ...(outcome.owner ? { owner: outcome.owner } : {}),
    ...(outcome.organization ? { organization: outcome.organization } : {}),
    ...(outcome.due ? { due: outcome.due } : {}),
    ...(outcome.status ? { status: outcome.status } : {}),
    ...(outcome.items ? { itemIds: outcome.items.map((t) => stage.itemIds.get(t) as string) } : {}),
    ...(outcome.sdgs ? { sdgs: [...outcome.sdgs] } : {}),
  });
  if (!ack.ok) throw new Error(`outcome:add failed: ${JSON.stringify(ack)}`);
}

/** Writes running notes into the stage's notes over Yjs, as the console's editor would. */
export async function writeNotes(
  url: string,
  workshop: { id: string; facilitatorKey: string },
  stageId: string,
  blocks: readonly NoteBlock[],
): Promise<void> {
  const client = connectYjs(url, workshop.id, workshop.facilitatorKey);
  try {
    await synced(client);
    appendNotes(client.doc, stageId, blocks);
    // Wait until the server has the update: a fresh replica reads it back.
    const check = connectYjs(url, workshop.id, workshop.facilitatorKey);
    try {
      await synced(check);
      await eventually(
        () => check.doc.getXmlFragment(`notes:${stageId}`).length >= blocks.length,
        5_000,
        'notes on the server',
      );
    } finally {
      check.destroy();
    }
  } finally {
    client.destroy();
  }
}

/** The text of a PDF as poppler extracts it, squeezed (see `squeeze`). */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return squeeze(stdout);
}

/** A string as `pdfText` compares it: NFKC (Arabic presentation forms to letters), without
 * whitespace, bidi controls or tatweel, so a phrase is found whatever the line breaks. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u0640]+/g, '');
}

/**
 * Whether the squeezed PDF text holds `phrase`. Latin text must appear exactly. Arabic may also
 * appear as the same letters in one contiguous run in another order: poppler (22.x) reverses the
 * letters inside a ligature when it puts a right-to-left line in logical order ("لا" comes out
 * "ال", the ligature "ير" as "ري"), so an exact match would test poppler, not the PDF.
 */
export function pdfHolds(text: string, phrase: string): boolean {
  const target = squeeze(phrase);
  if (text.includes(target)) return true;
  if (!/[\u0600-\u06ff]/.test(target) || target.length > text.length) return false;
  const need = new Map<string, number>();
  for (const ch of target) need.set(ch, (need.get(ch) ?? 0) + 1);
  const have = new Map<string, number>();
  const chars = Array.from(text);
  const size = Array.from(target).length;
  let mismatched = need.size;
  const bump = (ch: string, by: number) => {
    const before = (have.get(ch) ?? 0) === (need.get(ch) ?? 0);
    have.set(ch, (have.get(ch) ?? 0) + by);
    const after = (have.get(ch) ?? 0) === (need.get(ch) ?? 0);
    if (before && !after) mismatched++;
    if (!before && after) mismatched--;
  };
  for (let i = 0; i < chars.length; i++) {
    bump(chars[i] as string, 1);
    if (i >= size) bump(chars[i - size] as string, -1);
    if (i >= size - 1 && mismatched === 0) return true;
  }
  return false;
}

/** True once the server serves the minutes as JSON (another part of the app builds them). */
export async function minutesServed(url: string, workshopId: string, key: string): Promise<boolean> {
  const res = await fetch(`${url}/api/workshops/${workshopId}/minutes.json?locale=ar`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  return res.ok;
}
