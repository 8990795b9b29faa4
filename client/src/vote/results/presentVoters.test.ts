import { emptyGroupCounts } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { presentVoters } from './presentVoters';
import { dotSettings } from './resultFixtures';

describe('presentVoters', () => {
  it('counts everyone present, or only the invited groups', () => {
    const byGroup = { ...emptyGroupCounts(), government: 4, academia: 2, community: 5 };
    const presence = { total: 11, byGroup };
    const settings = dotSettings;
    expect(presentVoters(presence, settings)).toBe(11);
    expect(presentVoters(presence, { ...settings, groups: ['government', 'academia'] })).toBe(6);
    expect(presentVoters(undefined, settings)).toBeUndefined();
  });
});
