/**
 * The one retry policy of everything the phone queues (ideas and ballots). A failure is worth
 * retrying when it says nothing about the command itself: the network, a slow or busy server, a
 * server that asked us to slow down, or one whose storage (Redis, when scaled out) is briefly away. Anything else is the server's "no", and retrying would only
 * hear it again.
 */
import type { FetchError } from '../api/apiFetch';

export const isRetryable = (error: FetchError): boolean =>
  error.code === 'network' ||
  error.code === 'timeout' ||
  error.code === 'rate_limited' ||
  error.code === 'unavailable' ||
  error.code === 'internal';

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * How long to wait before the `failures`-th retry in a row (1-based): doubling from one second up to
 * thirty, then scaled by `spread` (0..1) into its upper half, so that phones a server refused
 * together do not come back together.
 */
export function backoffMs(failures: number, spread: number): number {
  const full = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(full * (0.5 + spread / 2));
}
