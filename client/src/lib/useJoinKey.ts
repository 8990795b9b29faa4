import type { WorkshopSummary } from '@majlis/shared';
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';
import { credentials } from './credentials';

/**
 * The join link's key for the QR code and copied links, asked of the server with the facilitator
 * key or the board token and kept on the device, so a board reopened offline still shows the full
 * link. Until it is known the link has none, and joining through it counts as typing the code.
 */
export function useJoinKey(workshopId: string, credential: string | null): string | null {
  const [key, setKey] = useState(() => credentials.joinKey.get(workshopId));

  useEffect(() => {
    if (key || !credential) return;
    const controller = new AbortController();
    void apiFetch<WorkshopSummary>(`/api/workshops/${encodeURIComponent(workshopId)}`, {
      token: credential,
      signal: controller.signal,
    }).then((result) => {
      if (!result.ok || typeof result.data.joinKey !== 'string') return;
      credentials.joinKey.set(workshopId, result.data.joinKey);
      setKey(result.data.joinKey);
    });
    return () => controller.abort();
  }, [workshopId, credential, key]);

  return key;
}
