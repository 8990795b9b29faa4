import type { SessionInfo } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';

export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly session: SessionInfo }
  /** The server no longer knows this token. */
  | { readonly kind: 'refused' }
  /** Offline or the server is down: keep going on what the device remembers. */
  | { readonly kind: 'unknown' };

/** Who this phone is in the workshop ("you are Lina · Academia"), asked once per visit. */
export function useParticipantSession(token: string | null): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    void apiFetch<SessionInfo>('/api/session', { token, signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) setState({ kind: 'ok', session: result.data });
      else if (result.status === 401 || result.status === 403) setState({ kind: 'refused' });
      else setState({ kind: 'unknown' });
    });
    return () => controller.abort();
  }, [token]);
  return state;
}
