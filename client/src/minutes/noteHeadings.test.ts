import type { NoteBlock } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { noteHeadingTags } from './noteHeadings';

const heading = (level: 1 | 2 | 3): NoteBlock => ({ type: 'heading', level, inlines: [{ text: 'h' }] });

describe('noteHeadingTags', () => {
  it('puts the levels in use on consecutive tags from the top one', () => {
    const tags = noteHeadingTags([heading(3), heading(1)], 'h4');
    expect([...tags]).toEqual([
      [1, 'h4'],
      [3, 'h5'],
    ]);
  });

  it('finds headings inside quotes and lists, and never goes past h6', () => {
    const blocks: NoteBlock[] = [
      { type: 'quote', blocks: [heading(2)] },
      { type: 'list', ordered: false, items: [[heading(3)]] },
      heading(1),
    ];
    expect(noteHeadingTags(blocks, 'h5').get(3)).toBe('h6');
    expect(noteHeadingTags(blocks, 'h5').get(2)).toBe('h6');
    expect(noteHeadingTags(blocks, 'h5').get(1)).toBe('h5');
  });

  it('is empty for notes without headings', () => {
    expect(noteHeadingTags([{ type: 'rule' }], 'h3').size).toBe(0);
  });
});
