import type { ItemView, VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { groupName, targetLabeller } from './voteLabels';

const item = (id: string, title: string): ItemView => ({
  id,
  stageId: 'list_stage',
  title,
  description: '',
  sdgs: [],
  ownSdgs: [],
  status: 'active',
  mergedFrom: [],
  createdAt: 0,
  rank: 1,
});
const fallbacks = { untitled: '(no title)', gone: '(gone)' };

describe('vote labels', () => {
  it('names items by title, poll options by label, and says when an item is gone', () => {
    const dots: VoteSettings = {
      kind: 'dots',
      budget: 5,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: 'list_stage' },
    };
    const label = targetLabeller([item('a', 'Parks'), item('b', '  ')], dots, fallbacks);
    expect([label('a'), label('b'), label('zz')]).toEqual(['Parks', '(no title)', '(gone)']);
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
    // A poll option wins over an item that happens to share its id.
    expect(targetLabeller([item('a', 'Parks')], poll, fallbacks)('a')).toBe('Yes');
  });

  it('calls the pooled "other" by its own name', () => {
    expect(groupName('academia', 'en', 'Other and smaller groups')).toBe('Academia');
    expect(groupName('other', 'ar', 'أخرى وفئات أصغر')).toBe('أخرى وفئات أصغر');
  });
});
