/** Audit entries as the table shows them: newest first, with what each step concerned in a few words. */
import { type VoteSettings, voteSettingsSchema } from '@majlis/shared';
import type { AuditEntryView } from './voteRequests';

export type AuditDetail =
  | { readonly kind: 'settings'; readonly settings: VoteSettings }
  | { readonly kind: 'targets'; readonly n: number }
  | { readonly kind: 'voters'; readonly n: number }
  | { readonly kind: 'none' };

/** What an entry's details say, read defensively: the log is the server's, its details free-form. */
export function auditDetail(entry: AuditEntryView): AuditDetail {
  const details = entry.details as Record<string, unknown> | undefined;
  if (!details || typeof details !== 'object') return { kind: 'none' };
  if (entry.action === 'configured') {
    const parsed = voteSettingsSchema.safeParse(details.settings);
    return parsed.success ? { kind: 'settings', settings: parsed.data } : { kind: 'none' };
  }
  if (Array.isArray(details.targets)) return { kind: 'targets', n: details.targets.length };
  const tallies = details.tallies as { voters?: unknown } | undefined;
  if (tallies && typeof tallies.voters === 'number') return { kind: 'voters', n: tallies.voters };
  return { kind: 'none' };
}

/** Newest first: the facilitator looks for what just happened. */
export function newestFirst(entries: readonly AuditEntryView[]): AuditEntryView[] {
  return [...entries].sort((a, b) => b.seq - a.seq);
}
