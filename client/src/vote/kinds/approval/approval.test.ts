import type { VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../i18n/translate';
import { ballotProblem, ballotProgress, sameBallot } from '../../phone/ballotCheck';
import { emptyDraft, fitDraft, isBallotLike } from '../../phone/ballotDraft';
import { type ApprovalDraft, approvalBallotPart, toggleApproval } from './ballot';

const approval: VoteSettings = {
  kind: 'approval',
  anonymous: true,
  results: 'hidden',
  source: { type: 'list', stageId: 'stage1' },
};
const targets = ['a', 'b', 'c', 'd'];
const none = emptyDraft('approval') as ApprovalDraft;

describe('approval draft', () => {
  it('starts with nothing approved, which may be sent as it is', () => {
    expect(none).toEqual({ kind: 'approval', approved: [] });
    expect(ballotProblem(approval, targets, none)).toBeNull();
    expect(ballotProgress(approval, targets, none)).toEqual({ done: 0, of: 4 });
  });

  it('toggles an item on and off, keeping the vote’s order', () => {
    const d = toggleApproval(targets, toggleApproval(targets, none, 'c'), 'a');
    expect(d.approved).toEqual(['a', 'c']);
    expect(toggleApproval(targets, d, 'c').approved).toEqual(['a']);
    expect(ballotProgress(approval, targets, d)).toEqual({ done: 2, of: 4 });
    expect(ballotProblem(approval, targets, d)).toBeNull();
  });

  it('fits a kept draft to the vote’s items as they are now', () => {
    const kept: ApprovalDraft = { kind: 'approval', approved: ['d', 'gone', 'a', 'a'] };
    expect(fitDraft(approval, targets, kept)).toEqual({ kind: 'approval', approved: ['a', 'd'] });
    expect(fitDraft(approval, ['b'], kept)).toEqual(none);
    expect(fitDraft(approval, targets, null)).toEqual(none);
  });

  it('finds an item the vote no longer has through the shared check', () => {
    expect(ballotProblem(approval, targets, { kind: 'approval', approved: ['x'] })).toMatchObject({
      code: 'invalid',
    });
  });

  it('reads the same approvals in any order as the same ballot', () => {
    expect(
      sameBallot({ kind: 'approval', approved: ['c', 'a'] }, { kind: 'approval', approved: ['a', 'c'] }),
    ).toBe(true);
    expect(sameBallot(none, { kind: 'approval', approved: ['a'] })).toBe(false);
  });

  it('accepts an approval ballot’s shape from storage and rejects junk', () => {
    expect(isBallotLike({ kind: 'approval', approved: [] })).toBe(true);
    expect(isBallotLike({ kind: 'approval', approved: ['a', 'b'] })).toBe(true);
    expect(isBallotLike({ kind: 'approval', approved: [1] })).toBe(false);
    expect(isBallotLike({ kind: 'approval', approved: 'a' })).toBe(false);
    expect(isBallotLike({ kind: 'approval' })).toBe(false);
  });

  it('says on the button when it sends none, and the meter counts', () => {
    const en = translatorFor('en');
    const ar = translatorFor('ar');
    expect(approvalBallotPart.sendText(en, none, false)).toBe('Submit: I approve none');
    expect(approvalBallotPart.sendText(en, none, true)).toBe('Update: I approve none');
    expect(approvalBallotPart.sendText(ar, none, false)).toBe('أرسل: لا أوافق على أيٍّ منها');
    expect(approvalBallotPart.sendText(en, { kind: 'approval', approved: ['a'] }, false)).toBeNull();
    expect(approvalBallotPart.meter(en, approval, none, { done: 3, of: 8 })).toBe('Approved: 3 of 8');
  });
});
