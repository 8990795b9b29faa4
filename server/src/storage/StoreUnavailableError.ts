import { type ApiError, ErrorCode } from '@majlis/shared';

/**
 * The store could not be reached (Redis down, or too slow to answer): the command did not happen, or
 * its outcome is unknown. Callers map it to the `unavailable` error instead of hanging or crashing.
 */
export class StoreUnavailableError extends Error {
  /** The error code the server answers with. */
  readonly code = ErrorCode.unavailable;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The answer to a store outage met anywhere while serving a request (503) or a command (its ack). */
export const UNAVAILABLE: ApiError = {
  code: ErrorCode.unavailable,
  message: 'The server cannot reach its storage just now; try again in a moment.',
};
