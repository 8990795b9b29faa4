import { textDirection } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { blocksText } from './blocksText';

describe('blocksText', () => {
  it('reads the text of nested blocks in order, so a list reads the way its first item does', () => {
    const text = blocksText([
      { type: 'rule' },
      { type: 'list', ordered: false, items: [[{ type: 'paragraph', inlines: [{ text: '2026: أولًا' }] }]] },
      { type: 'paragraph', inlines: [{ text: 'then English' }] },
    ]);
    expect(text).toBe(' 2026: أولًا then English');
    expect(textDirection(text)).toBe('rtl');
  });
});
