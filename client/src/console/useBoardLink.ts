import { useCallback, useEffect, useState } from 'react';
import { apiFetch } from '../api/apiFetch';
import { credentials } from '../lib/credentials';
import { fragmentParam } from '../lib/fragment';
import { paths } from '../router/routes';

/**
 * The projector link. The board token is handed out when the workshop is created and kept on that
 * device; the console also asks the server, which includes it for facilitators, so a link renewed
 * on another device (or a device that never had it) shows the current one. `replace` takes a token
 * renewed here.
 */
export function useBoardLink(
  workshopId: string,
  facilitatorKey: string | null,
): { readonly link: string | null; readonly replace: (token: string) => void } {
  const [token, setToken] = useState(() => credentials.board.get(workshopId));

  const replace = useCallback(
    (next: string) => {
      credentials.board.set(workshopId, next);
      setToken(next);
    },
    [workshopId],
  );

  useEffect(() => {
    if (!facilitatorKey) return;
    const controller = new AbortController();
    void apiFetch<Record<string, unknown>>(`/api/workshops/${encodeURIComponent(workshopId)}`, {
      token: facilitatorKey,
      signal: controller.signal,
    }).then((result) => {
      if (!result.ok) return;
      const found = boardTokenIn(result.data);
      if (found) replace(found);
    });
    return () => controller.abort();
  }, [workshopId, facilitatorKey, replace]);

  return { link: token ? paths.board(workshopId, token) : null, replace };
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
