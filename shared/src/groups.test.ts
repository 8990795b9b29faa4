import { describe, expect, it } from 'vitest';
import { emptyGroupCounts, GROUP_LABELS, STAKEHOLDER_GROUPS } from './groups.js';

describe('emptyGroupCounts', () => {
  it('has every stakeholder group at zero and nothing else', () => {
    const counts = emptyGroupCounts();
    expect(Object.keys(counts).sort()).toEqual([...STAKEHOLDER_GROUPS].sort());
    for (const group of STAKEHOLDER_GROUPS) expect(counts[group]).toBe(0);
  });

  it('returns a fresh object on each call', () => {
    const first = emptyGroupCounts();
    first.academia += 3;
    expect(emptyGroupCounts().academia).toBe(0);
  });
});

describe('STAKEHOLDER_GROUPS and GROUP_LABELS', () => {
  it('has no duplicate groups', () => {
    expect(new Set(STAKEHOLDER_GROUPS).size).toBe(STAKEHOLDER_GROUPS.length);
  });

  it('labels every group in Arabic and English', () => {
    expect(Object.keys(GROUP_LABELS).sort()).toEqual([...STAKEHOLDER_GROUPS].sort());
    for (const group of STAKEHOLDER_GROUPS) {
      expect(GROUP_LABELS[group].ar.trim(), group).not.toBe('');
      expect(GROUP_LABELS[group].en.trim(), group).not.toBe('');
    }
  });
});
