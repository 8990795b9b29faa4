import type { ItemView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { ideaChange } from './ideaChange';

const idea: ItemView = {
  id: 'item1',
  stageId: 's',
  title: 'Shade on bus stops',
  description: '',
  sdgs: [3, 11, 13],
  ownSdgs: [11, 3],
  status: 'active',
  mergedFrom: ['item2'],
  createdAt: 0,
  rank: 0,
};

describe('ideaChange', () => {
  it('sends nothing when nothing changed, whitespace and tag order aside', () => {
    expect(
      ideaChange(idea, { title: ' Shade on bus stops ', description: '  ', sdgs: [3, 11] }),
    ).toBeUndefined();
  });

  it('sends only the fields that changed, trimmed', () => {
    expect(ideaChange(idea, { title: 'Shade on every bus stop ', description: '', sdgs: [11, 3] })).toEqual({
      itemId: 'item1',
      title: 'Shade on every bus stop',
    });
    expect(ideaChange(idea, { title: idea.title, description: ' Trees first', sdgs: [11] })).toEqual({
      itemId: 'item1',
      description: 'Trees first',
      sdgs: [11],
    });
  });

  it('edits the idea’s own tags, not those it inherited from merged ideas', () => {
    // 13 came from the merged idea; keeping the own tags as they are is no change.
    expect(ideaChange(idea, { title: idea.title, description: '', sdgs: [3, 11] })).toBeUndefined();
  });
});
