/** The plain text of notes blocks, to find which way a list or a quote reads. */
import type { NoteBlock } from '@majlis/shared';

/** All the text of some blocks, in order. */
export function blocksText(blocks: readonly NoteBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
          return b.inlines.map((r) => r.text).join('');
        case 'list':
          return b.items.map(blocksText).join(' ');
        case 'quote':
          return blocksText(b.blocks);
        case 'code':
          return b.text;
        case 'rule':
          return '';
        default: {
          const unreachable: never = b;
          return unreachable;
        }
      }
    })
    .join(' ');
}
