import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { twoStageWorkshop } from './docTestKit.js';
import {
  appendNotes,
  notesPlainText,
  readNotes,
  safeLink,
  scribeMayWriteRoot,
  stageNotesFragment,
} from './notesOps.js';

describe('readNotes', () => {
  it('reads back what appendNotes writes, marks, lists and safe links included', () => {
    const doc = new Y.Doc();
    appendNotes(doc, 's1', [
      { type: 'heading', level: 2, inlines: [{ text: 'القرارات' }] },
      {
        type: 'paragraph',
        inlines: [
          { text: 'Adopt ', bold: true },
          { text: 'the plan', link: 'https://example.org/plan' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', inlines: [{ text: 'أولًا' }] }]] },
    ]);
    const blocks = readNotes(doc, 's1');
    expect(blocks[0]).toEqual({ type: 'heading', level: 2, inlines: [{ text: 'القرارات' }] });
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      inlines: [
        { text: 'Adopt ', bold: true },
        { text: 'the plan', link: 'https://example.org/plan' },
      ],
    });
    expect(notesPlainText(blocks)).toBe('القرارات\nAdopt the plan\n1. أولًا');
    expect(readNotes(doc, 'other')).toEqual([]);
  });

  it('drops unsafe links and reads a crafted nesting thousands deep no further than it needs', () => {
    const doc = new Y.Doc();
    const fragment = stageNotesFragment(doc, 's1');
    const paragraph = new Y.XmlElement('paragraph');
    fragment.insert(0, [paragraph]);
    let at = paragraph;
    for (let i = 0; i < 3_000; i++) {
      const inner = new Y.XmlElement('span');
      at.insert(0, [inner]);
      at = inner;
    }
    const text = new Y.XmlText();
    at.insert(0, [text]);
    text.insert(0, 'deep', { link: { href: 'javascript:alert(1)' } });
    // The text lies deeper than any reader goes: nothing of it is read, and nothing throws.
    expect(readNotes(doc, 's1')).toEqual([]);
    expect(safeLink('javascript:alert(1)')).toBe(false);
    expect(safeLink('mailto:vlr@amman.jo')).toBe(true);
  });

  it("lets scribes write only the outcomes and the notes of the workshop's own stages", () => {
    const doc = twoStageWorkshop();
    const roots = ['notes:stage-a', 'outcomes', 'notes:made-up', 'items', 'meta', 'stages', 'notesx'];
    expect(roots.map((root) => scribeMayWriteRoot(doc, root))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
