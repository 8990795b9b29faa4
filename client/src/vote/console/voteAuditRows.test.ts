import { describe, expect, it } from 'vitest';
import { auditDetail, newestFirst } from './voteAuditRows';
import type { AuditEntryView } from './voteRequests';

const entry = (seq: number, action: string, details?: unknown): AuditEntryView => ({
  seq,
  at: 1_700_000_000_000 + seq,
  action,
  actorRole: 'facilitator',
  stageId: 'stage_one',
  details,
  hash: `h${seq}`,
});

describe('audit rows', () => {
  it('reads what each step concerned', () => {
    const settings = {
      kind: 'dots',
      budget: 5,
      anonymous: true,
      results: 'hidden',
      source: { type: 'list', stageId: 'list_stage' },
    };
    expect(auditDetail(entry(1, 'configured', { settings }))).toEqual({ kind: 'settings', settings });
    expect(auditDetail(entry(2, 'opened', { targets: ['a', 'b', 'c'] }))).toEqual({ kind: 'targets', n: 3 });
    expect(auditDetail(entry(3, 'closed', { tallies: { voters: 12 } }))).toEqual({ kind: 'voters', n: 12 });
    expect(auditDetail(entry(4, 'revealed', { tallies: null }))).toEqual({ kind: 'none' });
    expect(auditDetail(entry(5, 'configured', { settings: { kind: 'nope' } }))).toEqual({ kind: 'none' });
    expect(auditDetail(entry(6, 'opened'))).toEqual({ kind: 'none' });
  });

  it('puts the newest first', () => {
    expect(newestFirst([entry(1, 'a'), entry(3, 'c'), entry(2, 'b')]).map((e) => e.seq)).toEqual([3, 2, 1]);
  });
});
