/**
 * JSON over HTTP with the server's error shape. Returns a result instead of throwing, so every
 * caller has to decide what the person sees when it fails.
 */
import type { ApiError } from '@majlis/shared';
import type { ClientErrorCode } from '../i18n/translate';

export type FetchError = ApiError | { readonly code: ClientErrorCode; readonly message: string };

export type FetchResult<T> =
  | { readonly ok: true; readonly status: number; readonly data: T }
  | { readonly ok: false; readonly status: number; readonly error: FetchError };

interface Options {
  readonly method?: 'GET' | 'POST' | 'DELETE';
  readonly body?: unknown;
  /** Any credential: facilitator key, board token or participant token. */
  readonly token?: string | null;
  readonly signal?: AbortSignal;
}

function isApiError(v: unknown): v is { error: ApiError } {
  if (typeof v !== 'object' || v === null) return false;
  const error = (v as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as ApiError).code === 'string' &&
    typeof (error as ApiError).message === 'string'
  );
}

/** Sends the request; a network failure or time-out becomes a FetchError instead of a throw. */
async function send(path: string, options: Options, accept: string): Promise<Response | FetchError> {
  const headers: Record<string, string> = { Accept: accept };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? AbortSignal.timeout(15_000),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return { code: timedOut ? 'timeout' : 'network', message: String(err) };
  }
}

/** The server's error from a failed response's body, or one named by its status. */
function errorOf(response: Response, body: unknown): FetchError {
  if (isApiError(body)) return body.error;
  return {
    code: response.status === 404 ? 'not_found' : response.status === 401 ? 'unauthorized' : 'internal',
    message: response.statusText,
  };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    // A proxy's HTML error page, or an empty body: handled by status.
    return null;
  }
}

export async function apiFetch<T>(path: string, options: Options = {}): Promise<FetchResult<T>> {
  const response = await send(path, options, 'application/json');
  if (!(response instanceof Response)) return { ok: false, status: 0, error: response };
  const body = await jsonOf(response);
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  return { ok: false, status: response.status, error: errorOf(response, body) };
}

/**
 * Like apiFetch, for a file: the successful Response itself (its body unread), or the same errors.
 * Exports of a long workshop take a moment to render, so the default time-out is longer.
 */
export async function apiFetchFile(path: string, options: Options = {}): Promise<FetchResult<Response>> {
  const response = await send(path, { signal: AbortSignal.timeout(60_000), ...options }, '*/*');
  if (!(response instanceof Response)) return { ok: false, status: 0, error: response };
  if (response.ok) return { ok: true, status: response.status, data: response };
  return { ok: false, status: response.status, error: errorOf(response, await jsonOf(response)) };
}
