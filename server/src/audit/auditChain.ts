/**
 * The audit log's hash chain: each entry's hash covers its content and the previous entry's hash,
 * so changing, removing or reordering any entry breaks every hash after it.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry } from '../storage/Store.js';

export type AuditContent = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/** Completes an entry with its place in the chain. */
export function sealEntry(content: AuditContent, prevHash: string, seq: number): AuditEntry {
  const unsealed = { ...content, seq, prevHash };
  return { ...unsealed, hash: hashEntry(unsealed) };
}

/** Recomputes the chain. `brokenAt` is the first entry whose hash or link does not match. */
export function verifyChain(entries: readonly AuditEntry[]): { valid: boolean; brokenAt?: number } {
  let prev = '';
  let seq = 0;
  for (const entry of entries) {
    const { hash, ...rest } = entry;
    seq += 1;
    if (entry.seq !== seq || entry.prevHash !== prev || hashEntry(rest) !== hash) {
      return { valid: false, brokenAt: entry.seq };
    }
    prev = hash;
  }
  return { valid: true };
}
