import { VOTE_KINDS } from '@majlis/shared';
import { describe, expect, it } from 'vitest';
import { SETTINGS_PARTS } from './settingsParts';

// The registry is `satisfies` a type over every VoteKind, so a kind missing a part does not compile;
// this checks the same at run time, and that nothing else slipped in.
describe('settings parts', () => {
  it('give every kind every field of its settings part, and no other kind', () => {
    expect(Object.keys(SETTINGS_PARTS).sort()).toEqual([...VOTE_KINDS].sort());
    for (const kind of VOTE_KINDS) {
      const part = SETTINGS_PARTS[kind];
      expect({ kind, ownOptions: typeof part.ownOptions }).toEqual({ kind, ownOptions: 'boolean' });
      expect({ kind, fields: part.Fields === null || typeof part.Fields === 'function' }).toEqual({
        kind,
        fields: true,
      });
      for (const name of ['draftFrom', 'settingsFrom', 'problemAt', 'summary', 'ballotLines'] as const)
        expect({ kind, [name]: typeof part[name] }).toEqual({ kind, [name]: 'function' });
    }
  });

  it('let only a poll vote on its own options', () => {
    expect(VOTE_KINDS.filter((kind) => SETTINGS_PARTS[kind].ownOptions)).toEqual(['poll']);
  });
});
