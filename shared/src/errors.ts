/** Every error code the server sends, over HTTP and in socket acks. */
export const ErrorCode = {
  badRequest: 'bad_request',
  invalidJson: 'invalid_json',
  payloadTooLarge: 'payload_too_large',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  wrongWorkshop: 'wrong_workshop',
  notFound: 'not_found',
  unknownEvent: 'unknown_event',
  protocolMismatch: 'protocol_mismatch',
  stageClosed: 'stage_closed',
  wrongStageKind: 'wrong_stage_kind',
  listLocked: 'list_locked',
  voteClosed: 'vote_closed',
  voteNotConfigured: 'vote_not_configured',
  noTargets: 'no_targets',
  overBudget: 'over_budget',
  overCap: 'over_cap',
  unknownItem: 'unknown_item',
  notEligible: 'not_eligible',
  invalidTransition: 'invalid_transition',
  rateLimited: 'rate_limited',
  /** A cap on how many of something a workshop, stage or person may have was reached. */
  tooMany: 'too_many',
  /** The facilitator has closed joining. */
  joiningClosed: 'joining_closed',
  /** The workshop takes invited people only: join with the personal code on your badge. */
  inviteOnly: 'invite_only',
  /**
   * The facilitator ended the workshop: its code and join link let nobody in, participants' commands
   * are refused, and after the grace period its participant, scribe and board links stop opening it.
   */
  workshopEnded: 'workshop_ended',
  /** A workshop archive that is tampered with, corrupt or inconsistent. */
  invalidArchive: 'invalid_archive',
  internal: 'internal',
  /**
   * The server's shared store (Redis, in a scale-out deployment) cannot be reached just now: the
   * command did not happen. Worth retrying; the server recovers by itself when the store is back.
   */
  unavailable: 'unavailable',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The error body shared by HTTP responses and socket acks. */
export interface ApiError {
  readonly code: ErrorCode;
  readonly message: string;
  /** With `rate_limited` from the join routes: whole seconds to wait before the next try. */
  readonly retryAfterSeconds?: number;
}

/** A result that is either a value or a typed error; domain functions return this instead of throwing. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiError };

/** A successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed Result. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

/** Close codes of the Yjs WebSocket; the stock y-websocket client stops retrying in the 44xx band. */
export const YjsCloseCode = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  /** A read-only connection sent content the server does not have: a write attempt, or a stale cache. */
  readOnly: 4409,
  notFound: 4404,
  /** The workshop ended and its grace period is over: this link no longer opens it. */
  ended: 4410,
  tooLarge: 4413,
  rateLimited: 4429,
} as const;
