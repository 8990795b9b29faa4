/**
 * The facilitator's HTTP reads about votes: a stage's full results (with who voted what for named
 * votes) and the workshop's audit log. The shapes are the server's (docs/protocol.md); shared/ has
 * no types for these responses yet, so they are declared here.
 */
import type { Ballot, StageState, StakeholderGroup, VoteResults, VoteSettings } from '@majlis/shared';
import { apiFetch, type FetchResult } from '../../api/apiFetch';

export interface BallotRecord {
  readonly participant: {
    readonly name: string;
    readonly organization: string;
    readonly group: StakeholderGroup;
  };
  readonly ballot: Ballot;
  readonly castAt: number;
}

export interface StageResults {
  readonly stageId: string;
  readonly state: StageState;
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly results: VoteResults | null;
  /** Only for named votes. */
  readonly ballots?: readonly BallotRecord[];
}

export interface AuditEntryView {
  readonly seq: number;
  readonly at: number;
  readonly action: string;
  readonly actorRole: string;
  readonly stageId?: string;
  readonly details?: unknown;
  readonly hash: string;
}

export interface AuditLog {
  readonly entries: readonly AuditEntryView[];
  readonly verify: { readonly valid: boolean; readonly brokenAt?: number };
}

const workshopPath = (workshopId: string) => `/api/workshops/${encodeURIComponent(workshopId)}`;

export function fetchStageResults(
  workshopId: string,
  stageId: string,
  key: string,
  signal: AbortSignal,
): Promise<FetchResult<StageResults>> {
  return apiFetch<StageResults>(`${workshopPath(workshopId)}/stages/${encodeURIComponent(stageId)}/results`, {
    token: key,
    signal,
  });
}

export async function fetchAuditLog(
  workshopId: string,
  key: string,
  signal: AbortSignal,
): Promise<FetchResult<AuditLog>> {
  const result = await apiFetch<AuditLog>(`${workshopPath(workshopId)}/audit`, { token: key, signal });
  // A log without its list would break the table; treat it as the server failing.
  if (result.ok && !Array.isArray(result.data?.entries)) {
    return { ok: false, status: result.status, error: { code: 'internal', message: 'no audit entries' } };
  }
  return result;
}
