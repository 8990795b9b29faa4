import type { NoteBlock, OutcomeView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { columnOf, outcomeSections, sectionsOnPage, stageOutcomes } from './outcomeSections';

const outcome = (id: string, kind: 'decision' | 'action', stageId: string | null = 's1'): OutcomeView => ({
  id,
  kind,
  text: id,
  stageId,
  owner: '',
  organization: '',
  due: null,
  status: 'open',
  itemIds: [],
  sdgs: [],
  createdAt: 0,
  rank: 0,
});

const para = (text: string): NoteBlock => ({ type: 'paragraph', inlines: [{ text }] });

describe('stageOutcomes', () => {
  it("keeps the stage's own outcomes and the workshop's, in order", () => {
    const all = [outcome('a', 'decision', 's1'), outcome('b', 'action', 's2'), outcome('c', 'action', null)];
    expect(stageOutcomes(all, 's1').map((o) => o.id)).toEqual(['a', 'c']);
  });
});

describe('outcomeSections', () => {
  it('puts decisions first, then actions, then the notes, and leaves out empty sections', () => {
    const sections = outcomeSections([outcome('a1', 'action'), outcome('d1', 'decision')], []);
    expect(sections.map((s) => [s.key, s.items.map((c) => c.key)])).toEqual([
      ['decisions', ['d1']],
      ['actions', ['a1']],
    ]);
    expect(outcomeSections([], [])).toEqual([]);
  });

  it('cuts a notes list into its items, numbered, so a long list can go on over pages', () => {
    const list: NoteBlock = { type: 'list', ordered: true, items: [[para('one')], [para('two')]] };
    const [notes] = outcomeSections([], [para('intro'), list]);
    expect(notes?.items.map((c) => (c.kind === 'noteItem' ? `${c.key}#${c.n}` : c.key))).toEqual([
      'note-0',
      'note-1-0#1',
      'note-1-1#2',
    ]);
  });

  it('shows on a page only the cards that landed there, and says when a section goes on', () => {
    const sections = outcomeSections(
      ['a', 'b', 'c'].map((id) => outcome(id, 'action')),
      [para('x')],
    );
    const pageOf = new Map([
      ['a', 0],
      ['b', 0],
      ['c', 1],
      ['note-0', 1],
    ]);
    expect(sectionsOnPage(sections, pageOf, 0).map((s) => [s.key, s.items.length, s.continued])).toEqual([
      ['actions', 2, false],
    ]);
    expect(
      sectionsOnPage(sections, pageOf, 1).map((s) => [s.key, s.items.length, s.continued, s.total]),
    ).toEqual([
      ['actions', 1, true, 3],
      ['notes', 1, false, 1],
    ]);
  });
});

describe('columnOf', () => {
  it('counts columns to the right in English and to the left in Arabic, overflow included', () => {
    expect(columnOf(4, 4, 732, false)).toBe(0);
    expect(columnOf(736, 4, 732, false)).toBe(1);
    expect(columnOf(2200, 4, 732, false)).toBe(3);
    expect(columnOf(736, 736, 732, true)).toBe(0);
    expect(columnOf(4, 736, 732, true)).toBe(1);
    expect(columnOf(-728, 736, 732, true)).toBe(2);
  });
});
