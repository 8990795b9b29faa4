import { useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';
import { credentials } from '../lib/credentials';
import { fragmentParam } from '../lib/fragment';
import { paths } from '../router/routes';

/**
 * The projector link. The board token is handed out when the workshop is created and kept on that
 * device; on another device the console asks the server, which may include it for facilitators.
 */
export function useBoardLink(workshopId: string, facilitatorKey: string | null): string | null {
  const [token, setToken] = useState(() => credentials.board.get(workshopId));

  useEffect(() => {
    if (token || !facilitatorKey) return;
    const controller = new AbortController();
    void apiFetch<Record<string, unknown>>(`/api/workshops/${encodeURIComponent(workshopId)}`, {
      token: facilitatorKey,
      signal: controller.signal,
    }).then((result) => {
      if (!result.ok) return;
      const found = boardTokenIn(result.data);
      if (found) {
        credentials.board.set(workshopId, found);
        setToken(found);
      }
    });
    return () => controller.abort();
  }, [workshopId, facilitatorKey, token]);

  return token ? paths.board(workshopId, token) : null;
}

/** Reads `boardToken` or `links.board` from a summary, whichever the server sends. */
function boardTokenIn(data: Record<string, unknown>): string | null {
  if (typeof data.boardToken === 'string') return data.boardToken;
  const links = data.links;
  if (typeof links === 'object' && links !== null) {
    const board = (links as Record<string, unknown>).board;
    if (typeof board === 'string') return fragmentParam(new URL(board, window.location.origin).hash, 'token');
  }
  return null;
}
