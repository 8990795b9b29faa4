import type { VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { dotSettings } from './resultFixtures';
import { groupName, targetLabeler } from './targetLabeler';

const item = (id: string, title: string) => ({ id, title });
const fallbacks = { untitled: '(no title)', gone: '(gone)' };
const dots = dotSettings;
const poll: VoteSettings = {
  kind: 'poll',
  options: [
    { id: 'a', label: 'Yes' },
    { id: 'o2', label: 'No' },
  ],
  anonymous: true,
  results: 'live',
  source: { type: 'options' },
};

describe('vote labels', () => {
  it('names items by title, poll options by label, and says when an item is gone', () => {
    const label = targetLabeler(dots, [item('a', 'Parks'), item('b', '  '), item('c', '')], fallbacks);
    expect([label('a'), label('b'), label('c'), label('zz')]).toEqual([
      'Parks',
      '(no title)',
      '(no title)',
      '(gone)',
    ]);
    // A poll option wins over an item that happens to share its id.
    expect(targetLabeler(poll, [item('a', 'Parks')], fallbacks)('a')).toBe('Yes');
    // A poll's targets are its options: an id that is none of them is not an item's.
    expect(targetLabeler(poll, [item('zz', 'Parks')], fallbacks)('zz')).toBe('(gone)');
  });

  it('names items before settings have come', () => {
    expect(targetLabeler(null, [item('a', 'Parks')], fallbacks)('a')).toBe('Parks');
  });

  it('calls the pooled "other" by its own name', () => {
    expect(groupName('academia', 'en', 'Other and smaller groups')).toBe('Academia');
    expect(groupName('other', 'ar', 'أخرى وفئات أصغر')).toBe('أخرى وفئات أصغر');
  });
});
