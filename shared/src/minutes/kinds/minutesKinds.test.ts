import { describe, expect, it } from 'vitest';
import { VOTE_KINDS } from '../../vote/kinds/voteKindDefinitions.js';
import { MINUTES_KINDS, minutesKindOf, VOTE_METHOD_LABELS } from './minutesKinds.js';

describe('the registry of what the minutes know of each vote kind', () => {
  it('has an entry for every kind and nothing else', () => {
    expect(Object.keys(MINUTES_KINDS).sort()).toEqual([...VOTE_KINDS].sort());
    expect(Object.keys(VOTE_METHOD_LABELS).sort()).toEqual([...VOTE_KINDS].sort());
  });

  it.each(VOTE_KINDS)('names the %s method in both languages, each method apart', (kind) => {
    const { method } = minutesKindOf(kind);
    expect(method.ar).not.toBe('');
    expect(method.en).not.toBe('');
    const others = VOTE_KINDS.filter((k) => k !== kind).map((k) => VOTE_METHOD_LABELS[k]);
    expect(others.map((m) => m.en)).not.toContain(method.en);
    expect(others.map((m) => m.ar)).not.toContain(method.ar);
  });
});
