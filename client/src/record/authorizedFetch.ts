/**
 * A request with the facilitator key that answers with the raw Response (a file to save) or a typed
 * error, like apiFetch does for JSON. apiFetch knows only GET and POST; revoking needs DELETE.
 */
import type { FetchError } from '../api/apiFetch';

export type RawResult =
  | { readonly ok: true; readonly response: Response }
  | { readonly ok: false; readonly status: number; readonly error: FetchError };

export async function authorizedFetch(
  path: string,
  key: string,
  method: 'GET' | 'DELETE' = 'GET',
): Promise<RawResult> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${key}` },
      // Exports of a long workshop take a moment to render on the server.
      signal: AbortSignal.timeout(60_000),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return { ok: false, status: 0, error: { code: timedOut ? 'timeout' : 'network', message: String(err) } };
  }
  if (response.ok) return { ok: true, response };
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not the server's JSON error: named by status below.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return {
      ok: false,
      status: response.status,
      error: { code: error.code, message: error.message } as FetchError,
    };
  }
  return {
    ok: false,
    status: response.status,
    error: {
      code: response.status === 404 ? 'not_found' : response.status === 401 ? 'unauthorized' : 'internal',
      message: response.statusText,
    } as FetchError,
  };
}
