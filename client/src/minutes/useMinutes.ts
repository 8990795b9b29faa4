import type { Locale, Minutes } from '@majlis/shared';
import { useCallback, useEffect, useState } from 'react';
import { apiFetch, type FetchError } from '../api/apiFetch';

export type MinutesState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly minutes: Minutes }
  | { readonly kind: 'failed'; readonly status: number; readonly error: FetchError };

/** The minutes as the server builds them, with their labels in `locale`; fetched again on `retry`. */
export function useMinutes(
  workshopId: string,
  key: string | null,
  locale: Locale,
): MinutesState & { retry: () => void } {
  const [state, setState] = useState<MinutesState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    if (!key) return;
    // The attempt number only makes the effect run again.
    void attempt;
    const abort = new AbortController();
    setState({ kind: 'loading' });
    void apiFetch<Minutes>(`/api/workshops/${encodeURIComponent(workshopId)}/minutes.json?locale=${locale}`, {
      token: key,
      signal: abort.signal,
    }).then((result) => {
      if (abort.signal.aborted) return;
      setState(
        result.ok
          ? { kind: 'ready', minutes: result.data }
          : { kind: 'failed', status: result.status, error: result.error },
      );
    });
    return () => abort.abort();
  }, [workshopId, key, locale, attempt]);

  return { ...state, retry };
}
