import { ErrorCode } from '@majlis/shared';
import type { Request, Response } from 'express';
import type { Credentials } from '../auth/credentials.js';
import { bearer, sendError } from './respond.js';

/**
 * The workshop id of `:id` when the request carries that workshop's facilitator key; otherwise
 * answers 401/403 (saying `refusal` for another role) and returns undefined.
 */
export async function facilitatorOf(
  credentials: Credentials,
  req: Request,
  res: Response,
  refusal: string,
): Promise<string | undefined> {
  const auth = await credentials.authorizeFor(bearer(req), String(req.params.id));
  if (!auth.ok) {
    sendError(res, auth.error);
    return undefined;
  }
  if (auth.value.role !== 'facilitator') {
    sendError(res, { code: ErrorCode.forbidden, message: refusal });
    return undefined;
  }
  return auth.value.workshopId;
}
