import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../storage/Store.js';
import { canonicalJson, sealEntry, verifyChain } from './auditChain.js';

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 0; i < n; i++) {
    const prev = entries.at(-1)?.hash ?? '';
    entries.push(
      sealEntry(
        {
          at: 1_000 + i,
          action: i % 2 ? 'closed' : 'opened',
          actorRole: 'facilitator',
          stageId: 's1',
          details: { voters: i },
        },
        prev,
        i + 1,
      ),
    );
  }
  return entries;
}

describe('the audit hash chain', () => {
  it('verifies an untouched chain, and an empty one', () => {
    expect(verifyChain(chain(5))).toEqual({ valid: true });
    expect(verifyChain([])).toEqual({ valid: true });
  });

  it('finds a changed entry, a removed entry, a reordering and a forged hash', () => {
    const changed = chain(5);
    changed[2] = { ...(changed[2] as AuditEntry), details: { voters: 99 } };
    expect(verifyChain(changed)).toEqual({ valid: false, brokenAt: 3 });

    const removed = chain(5);
    removed.splice(1, 1);
    expect(verifyChain(removed).valid).toBe(false);

    const reordered = chain(4);
    [reordered[1], reordered[2]] = [reordered[2] as AuditEntry, reordered[1] as AuditEntry];
    expect(verifyChain(reordered).valid).toBe(false);

    // Recomputing one entry's hash after changing it still breaks the link to the next.
    const forged = chain(4);
    const tampered = sealEntry(
      { at: 1_001, action: 'revealed', actorRole: 'facilitator', stageId: 's1' },
      (forged[0] as AuditEntry).hash,
      2,
    );
    forged[1] = tampered;
    expect(verifyChain(forged)).toEqual({ valid: false, brokenAt: 3 });
  });

  it('hashes content independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});
