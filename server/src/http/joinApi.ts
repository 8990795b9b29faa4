/** Joining a workshop by its code: the preview of a code, and the join itself. */
import {
  ErrorCode,
  type JoinPreview,
  type JoinResponse,
  joinBody,
  normalizeJoinCode,
  readMeta,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { randomId } from '../clock.js';
import { RateLimiter } from '../rateLimit.js';
import type { ApiDeps } from './api.js';
import { parseBody, sendError } from './respond.js';

export function createJoinApi(deps: ApiDeps): Router {
  const { config, store, credentials, docs, clock } = deps;
  const api = Router();
  // Joining is open to anyone who can reach the server, so it is throttled per address. A whole
  // venue often shares one address behind its Wi-Fi, so it allows a room's worth at once.
  const joinLimiter = new RateLimiter(500, 20);
  /** One security log line per refused join (a guessed code, a closed or full workshop, a flood). */
  const refused = (req: Request, reason: ErrorCode, workshopId?: string) =>
    deps.monitor.security.note({
      event: 'join_refused',
      reason,
      channel: 'http',
      address: req.ip,
      workshopId,
      limiter: reason === ErrorCode.rateLimited ? 'join' : undefined,
    });
  const limited = (req: Request, res: Response): boolean => {
    if (joinLimiter.take(req.ip ?? 'unknown')) return false;
    refused(req, ErrorCode.rateLimited);
    sendError(res, {
      code: ErrorCode.rateLimited,
      message: 'Too many requests; wait a moment and try again.',
    });
    return true;
  };
  const participantCounts = new Map<string, number>();

  api.get('/join/:code', async (req, res) => {
    if (limited(req, res)) return;
    const code = normalizeJoinCode(req.params.code);
    const workshop = code ? await store.findWorkshopByJoinCode(code) : undefined;
    if (!workshop) {
      refused(req, ErrorCode.notFound);
      return sendError(res, { code: ErrorCode.notFound, message: 'No workshop has this code.' });
    }
    const preview: JoinPreview = { workshopId: workshop.id, title: workshop.title, locale: workshop.locale };
    res.json(preview);
  });

  api.post('/join', async (req, res) => {
    if (limited(req, res)) return;
    const body = parseBody(joinBody, req, res);
    if (!body) return;
    const code = normalizeJoinCode(body.code);
    const workshop = code ? await store.findWorkshopByJoinCode(code) : undefined;
    if (!workshop) {
      refused(req, ErrorCode.notFound);
      return sendError(res, { code: ErrorCode.notFound, message: 'No workshop has this code.' });
    }
    const room = await docs.get(workshop.id);
    if (readMeta(room.doc)?.joinLocked) {
      refused(req, ErrorCode.joiningClosed, workshop.id);
      return sendError(res, {
        code: ErrorCode.joiningClosed,
        message: 'The facilitator has closed joining for this workshop.',
      });
    }
    // Counted once per workshop from the store, then in memory: a join must not list everyone.
    const joined = participantCounts.get(workshop.id) ?? (await store.listParticipants(workshop.id)).length;
    if (joined >= config.maxParticipants) {
      refused(req, ErrorCode.tooMany, workshop.id);
      return sendError(res, {
        code: ErrorCode.tooMany,
        message: `This workshop takes at most ${config.maxParticipants} participants.`,
      });
    }
    participantCounts.set(workshop.id, joined + 1);
    const participantId = randomId();
    await store.addParticipant({
      id: participantId,
      workshopId: workshop.id,
      name: body.name,
      organization: body.organization ?? '',
      group: body.group,
      locale: body.locale ?? workshop.locale,
      createdAt: clock.now(),
      nameInMinutes: body.nameInMinutes === true,
    });
    const response: JoinResponse = {
      workshopId: workshop.id,
      participantId,
      token: credentials.participantToken(workshop.id, participantId),
    };
    res.status(201).json(response);
  });

  return api;
}
