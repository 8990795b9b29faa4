/** Where the headings of a stage's notes sit in the outline of the page that shows them. */
import type { NoteBlock } from '@majlis/shared';

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
export type NoteHeadingTags = ReadonlyMap<number, HeadingTag>;

const TAGS: readonly HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

function levelsIn(blocks: readonly NoteBlock[], into: Set<number>): Set<number> {
  for (const b of blocks) {
    if (b.type === 'heading') into.add(b.level);
    else if (b.type === 'quote') levelsIn(b.blocks, into);
    else if (b.type === 'list') for (const item of b.items) levelsIn(item, into);
  }
  return into;
}

/**
 * The tag for each heading level the notes use: the levels present, in order, onto consecutive tags
 * from `top` down (never past h6), so the page's outline has no gap even when a scribe started with
 * a level-3 heading.
 */
export function noteHeadingTags(blocks: readonly NoteBlock[], top: HeadingTag): NoteHeadingTags {
  const levels = [...levelsIn(blocks, new Set())].sort((a, b) => a - b);
  const start = TAGS.indexOf(top);
  return new Map(levels.map((level, i) => [level, TAGS[Math.min(start + i, TAGS.length - 1)] as HeadingTag]));
}
