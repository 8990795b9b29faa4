import type { SessionInfo } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';

/** The name the facilitator gave this scribe's link, to label the scribe's caret; '' until known. */
export function useScribeLabel(token: string | null): string {
  const [label, setLabel] = useState('');
  useEffect(() => {
    if (!token) return;
    const abort = new AbortController();
    void apiFetch<SessionInfo>('/api/session', { token, signal: abort.signal }).then((r) => {
      if (r.ok && r.data.role === 'scribe') setLabel(r.data.scribe?.label ?? '');
    });
    return () => abort.abort();
  }, [token]);
  return label;
}
