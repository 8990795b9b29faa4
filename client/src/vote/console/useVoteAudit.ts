import { useEffect, useState } from 'react';
import type { FetchError } from '../../api/apiFetch';
import { type AuditLog, fetchAuditLog } from './voteRequests';

export interface VoteAuditState {
  readonly log: AuditLog | null;
  readonly loading: boolean;
  readonly error: FetchError | null;
}

/**
 * The workshop's vote audit log, read only while its panel is open (it can be long) and again
 * whenever a vote changes state, since every transition appends an entry.
 */
export function useVoteAudit(
  workshopId: string,
  facilitatorKey: string,
  open: boolean,
  refreshKey: string,
): VoteAuditState {
  const [state, setState] = useState<VoteAuditState>({ log: null, loading: false, error: null });

  // biome-ignore lint/correctness/useExhaustiveDependencies: each transition appends an entry
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(15_000)]);
    void fetchAuditLog(workshopId, facilitatorKey, signal).then((result) => {
      if (controller.signal.aborted) return;
      setState(
        result.ok
          ? { log: result.data, loading: false, error: null }
          : (s) => ({ ...s, loading: false, error: result.error }),
      );
    });
    return () => controller.abort();
  }, [workshopId, facilitatorKey, open, refreshKey]);

  return state;
}
