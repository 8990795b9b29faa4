import type { SessionInfo } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';
import { readJson, removeKey, writeJson } from '../lib/storage';

export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ok'; readonly session: SessionInfo }
  /** The server no longer knows this token, or (`removed`) the facilitator removed this participant. */
  | { readonly kind: 'refused'; readonly removed: boolean }
  /** The workshop ended and its grace period is over. */
  | { readonly kind: 'ended' }
  /** Offline or the server is down: keep going on what the device remembers. */
  | { readonly kind: 'unknown' };

const keyFor = (token: string) => `majlis:session:${token.slice(-16)}`;

function isSession(v: unknown): v is SessionInfo {
  return typeof v === 'object' && v !== null && 'participant' in v;
}

/** Who this phone is in the workshop ("you are Lina · Academia"), asked once per visit. The last
 * answer is kept, so a reload without network still says who is holding the phone. */
export function useParticipantSession(token: string | null): SessionState {
  const [state, setState] = useState<SessionState>(() => {
    const kept = token ? readJson(keyFor(token), isSession) : undefined;
    return kept ? { kind: 'ok', session: kept } : { kind: 'loading' };
  });
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    void apiFetch<SessionInfo>('/api/session', { token, signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        writeJson(keyFor(token), result.data);
        setState({ kind: 'ok', session: result.data });
      } else if (result.error.code === 'workshop_ended') {
        removeKey(keyFor(token));
        setState({ kind: 'ended' });
      } else if (result.status === 401 || result.status === 403) {
        removeKey(keyFor(token));
        setState({ kind: 'refused', removed: result.status === 403 && result.error.code === 'forbidden' });
      } else setState((s) => (s.kind === 'ok' ? s : { kind: 'unknown' }));
    });
    return () => controller.abort();
  }, [token]);
  return state;
}
