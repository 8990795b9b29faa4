import type { OutcomeView } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { addPayload, draftOf, draftProblem, emptyDraft, updatePayload } from './outcomeDraft';

const action: OutcomeView = {
  id: 'o1',
  kind: 'action',
  text: 'Publish the indicators',
  stageId: 's5',
  owner: 'Rania',
  organization: 'GAM',
  due: '2026-09-30',
  status: 'open',
  itemIds: ['i1'],
  sdgs: [11],
  createdAt: 1,
  rank: 1,
};

describe('outcome drafts', () => {
  it('needs some text, and a real due date when one is given', () => {
    expect(draftProblem(emptyDraft('decision'))).toBe('textRequired');
    expect(draftProblem({ ...emptyDraft('decision'), text: '   ' })).toBe('textRequired');
    expect(draftProblem({ ...emptyDraft('action'), text: 'x', due: '2027-02-30' })).toBe('dueInvalid');
    expect(draftProblem({ ...emptyDraft('action'), text: 'x', due: '2027-02-28' })).toBeNull();
    expect(draftProblem({ ...emptyDraft('action'), text: 'x', due: '' })).toBeNull();
  });

  it('sends a decision without the action fields, trimmed, with its stage', () => {
    const draft = {
      ...emptyDraft('decision'),
      text: '  اعتماد الأولويات الخمس  ',
      owner: 'ignored',
      sdgs: [5, 11],
    };
    expect(addPayload(draft, 's5', 'c1')).toEqual({
      kind: 'decision',
      text: 'اعتماد الأولويات الخمس',
      stageId: 's5',
      itemIds: [],
      sdgs: [5, 11],
      clientId: 'c1',
    });
  });

  it('sends an action item with owner, organization, due date and status', () => {
    const draft = {
      ...emptyDraft('action'),
      text: 'Draft the VLR chapter',
      owner: ' Omar ',
      organization: 'UN-Habitat',
      due: '2026-10-01',
      status: 'in_progress' as const,
      itemIds: ['i2'],
    };
    expect(addPayload(draft, null, 'c2')).toEqual({
      kind: 'action',
      text: 'Draft the VLR chapter',
      owner: 'Omar',
      organization: 'UN-Habitat',
      due: '2026-10-01',
      status: 'in_progress',
      itemIds: ['i2'],
      sdgs: [],
      clientId: 'c2',
    });
  });

  it('updates only what changed, and nothing when nothing did', () => {
    expect(updatePayload(action, draftOf(action))).toBeNull();
    expect(updatePayload(action, { ...draftOf(action), status: 'done', due: '' })).toEqual({
      outcomeId: 'o1',
      status: 'done',
      due: '',
    });
    expect(
      updatePayload(action, { ...draftOf(action), itemIds: ['i1', 'i3'], text: 'Publish them ' }),
    ).toEqual({
      outcomeId: 'o1',
      text: 'Publish them',
      itemIds: ['i1', 'i3'],
    });
  });
});
