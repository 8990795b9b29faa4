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
  const limited = (req: Request, res: Response): boolean => {
    if (joinLimiter.take(req.ip ?? 'unknown')) return false;
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
    if (!workshop) return sendError(res, { code: ErrorCode.notFound, message: 'No workshop has this code.' });
    const joinMode = readMeta((await docs.get(workshop.id)).doc)?.joinMode ?? 'open';
    const preview: JoinPreview = {
      workshopId: workshop.id,
      title: workshop.title,
      locale: workshop.locale,
      joinMode,
    };
    res.json(preview);
  });

  api.post('/join', async (req, res) => {
    if (limited(req, res)) return;
    const body = parseBody(joinBody, req, res);
    if (!body) return;
    const code = normalizeJoinCode(body.code);
    const workshop = code ? await store.findWorkshopByJoinCode(code) : undefined;
    if (!workshop) return sendError(res, { code: ErrorCode.notFound, message: 'No workshop has this code.' });
    const room = await docs.get(workshop.id);
    const meta = readMeta(room.doc);
    if (meta?.joinMode === 'invited') {
      return sendError(res, {
        code: ErrorCode.inviteOnly,
        message: 'This workshop is for invited participants: join with the personal code on your badge.',
      });
    }
    if (meta?.joinLocked) {
      return sendError(res, {
        code: ErrorCode.joiningClosed,
        message: 'The facilitator has closed joining for this workshop.',
      });
    }
    // Counted once per workshop from the store, then in memory: a join must not list everyone.
    const joined = participantCounts.get(workshop.id) ?? (await store.listParticipants(workshop.id)).length;
    if (joined >= config.maxParticipants) {
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
      addressTag: credentials.addressTag(workshop.id, req.ip ?? 'unknown'),
    });
    deps.connections.participantsChanged(workshop.id);
    const response: JoinResponse = {
      workshopId: workshop.id,
      participantId,
      token: credentials.participantToken(workshop.id, participantId),
    };
    res.status(201).json(response);
  });

  return api;
}
