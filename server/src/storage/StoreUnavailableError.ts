/**
 * The store could not be reached (Redis down, or too slow to answer): the command did not happen, or
 * its outcome is unknown. Callers map it to the `unavailable` error instead of hanging or crashing.
 */
export class StoreUnavailableError extends Error {
  /** The error code the server answers with. */
  readonly code = 'unavailable';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}
