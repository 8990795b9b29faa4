import { type ApiError, ErrorCode } from '@majlis/shared';
import type { NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { StoreUnavailableError, UNAVAILABLE } from '../storage/StoreUnavailableError.js';

const STATUS: Record<ApiError['code'], number> = {
  bad_request: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unauthorized: 401,
  forbidden: 403,
  wrong_workshop: 403,
  not_found: 404,
  unknown_event: 400,
  protocol_mismatch: 400,
  stage_closed: 409,
  wrong_stage_kind: 409,
  list_locked: 409,
  vote_closed: 409,
  vote_not_configured: 409,
  no_targets: 409,
  over_budget: 400,
  over_cap: 400,
  unknown_item: 400,
  not_eligible: 403,
  invalid_transition: 409,
  rate_limited: 429,
  too_many: 409,
  joining_closed: 403,
  invite_only: 403,
  workshop_ended: 410,
  invalid_archive: 422,
  internal: 500,
  unavailable: 503,
};

/** Sends `{ error: { code, message } }` with the status that fits the code. */
export function sendError(res: Response, error: ApiError): void {
  res.locals.errorCode = error.code;
  res.status(STATUS[error.code]).json({ error });
}

/** The error code a response was sent with (by `sendError`), for the request log. */
export function errorCodeOf(res: Response): ApiError['code'] | undefined {
  return res.locals.errorCode as ApiError['code'] | undefined;
}

/** Parses a request body with a shared schema; on failure answers 400 and returns undefined. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  req: Request,
  res: Response,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(req.body);
  if (parsed.success) return parsed.data;
  sendError(res, {
    code: req.body === undefined ? ErrorCode.invalidJson : ErrorCode.badRequest,
    message:
      req.body === undefined
        ? 'Send a JSON body with Content-Type: application/json.'
        : z.prettifyError(parsed.error),
  });
  return undefined;
}

/** The credential from `Authorization: Bearer …`. */
export function bearer(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

/**
 * Last error handler: body parser errors become 4xx JSON, a store outage 503 JSON, anything else a
 * logged 500 JSON.
 */
export function errorHandler(log: { error: (o: object, m: string) => void }) {
  return (err: unknown, _req: Request, res: Response, _next: NextFunction): void => {
    const type = (err as { type?: string }).type;
    const status = (err as { status?: number }).status;
    if (type === 'entity.too.large') {
      sendError(res, { code: ErrorCode.payloadTooLarge, message: 'The request body is too large.' });
    } else if (type === 'entity.parse.failed') {
      sendError(res, { code: ErrorCode.invalidJson, message: 'The request body is not valid JSON.' });
    } else if (err instanceof StoreUnavailableError) {
      log.error({ err }, 'request failed: store unavailable');
      sendError(res, UNAVAILABLE);
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, { code: ErrorCode.badRequest, message: 'The request could not be read.' });
    } else {
      log.error({ err }, 'request failed');
      sendError(res, { code: ErrorCode.internal, message: 'Something went wrong on the server.' });
    }
  };
}
