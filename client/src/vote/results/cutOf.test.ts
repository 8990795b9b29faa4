import type { StageView, VoteSettings } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { cutOf } from './cutOf';
import { dotSettings } from './resultFixtures';

const dots = dotSettings;

describe('cutOf', () => {
  it('finds the later vote that takes this one’s top N', () => {
    const stage = (id: string, settings: VoteSettings | null): StageView => ({
      id,
      kind: 'vote',
      title: id,
      description: '',
      state: 'draft',
      locked: false,
      timer: { status: 'idle', durationMs: 0, endsAt: null, remainingMs: 0 },
      rank: 1,
      display: 'list',
      vote: { settings, targets: [], turnout: 0, results: null },
    });
    const scoring = stage('scoring', {
      ...dots,
      kind: 'score',
      source: { type: 'top', stageId: 'dots', n: 5 },
    });
    expect(cutOf([stage('dots', dots), scoring], 'dots')).toEqual({ n: 5, stage: scoring });
    expect(cutOf([stage('dots', dots), scoring], 'scoring')).toBeNull();
  });
});
