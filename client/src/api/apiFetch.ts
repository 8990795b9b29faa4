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
  readonly method?: 'GET' | 'POST';
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

export async function apiFetch<T>(path: string, options: Options = {}): Promise<FetchResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? AbortSignal.timeout(15_000),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    return {
      ok: false,
      status: 0,
      error: { code: timedOut ? 'timeout' : 'network', message: String(err) },
    };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page, or an empty body: handled below by status.
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  if (isApiError(body)) return { ok: false, status: response.status, error: body.error };
  return {
    ok: false,
    status: response.status,
    error: {
      code: response.status === 404 ? 'not_found' : response.status === 401 ? 'unauthorized' : 'internal',
      message: response.statusText,
    },
  };
}
