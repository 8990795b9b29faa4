/**
 * Joining a workshop by its code: the preview of a code, and the join itself.
 *
 * Every request first finds the workshop its code opens (`openCode`): a code that comes with the
 * join link's key skips the failure budgets, a typed one goes through the join guard, which
 * refuses before the look-up once an address or the whole server has guessed wrong too often.
 * Every refusal goes out through `refuse`, the one place to hook logging and metrics onto.
 */
import {
  type ApiError,
  ErrorCode,
  type JoinPreview,
  type JoinResponse,
  joinBody,
  normalizeJoinCode,
  readMeta,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { addressKey } from '../auth/addressKey.js';
import { DEFAULT_JOIN_GUARD_LIMITS, JoinGuard, type JoinRefusal } from '../auth/JoinGuard.js';
import { randomId } from '../clock.js';
import type { WorkshopRecord } from '../storage/Store.js';
import type { ApiDeps } from './api.js';
import { parseBody, sendError } from './respond.js';

/** Why a join or a preview was turned away. */
export type JoinRefusalReason =
  | JoinRefusal['scope']
  | 'unknown_code'
  | 'ended'
  | 'joining_closed'
  | 'invite_only'
  | 'workshop_full';

/** How a request named its workshop: through the join link (with its key), or by a typed code. */
export type JoinVia = 'link' | 'typed';

export function createJoinApi(deps: ApiDeps): Router {
  const { config, store, credentials, docs, clock } = deps;
  const api = Router();
  const guard = new JoinGuard(DEFAULT_JOIN_GUARD_LIMITS, () => clock.now(), deps.joinBudget);
  const participantCounts = new Map<string, number>();

  /** Turns a join or preview away. The single exit for refusals, so a log line or a counter goes here. */
  /** Every refused join goes through here: one security log line (folded in a flood), and the answer. */
  const refuse = (req: Request, res: Response, reason: JoinRefusalReason, error: ApiError): void => {
    deps.monitor.security.note({
      event: 'join_refused',
      reason: error.code === ErrorCode.rateLimited ? reason : error.code,
      channel: 'http',
      address: req.ip,
      workshopId: typeof res.locals.workshopId === 'string' ? res.locals.workshopId : undefined,
      limiter: error.code === ErrorCode.rateLimited ? 'join' : undefined,
    });
    if (error.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(error.retryAfterSeconds));
    sendError(res, error);
  };

  const tooFast = (req: Request, res: Response, refusal: JoinRefusal): void => {
    const retryAfterSeconds = Math.max(1, Math.ceil(refusal.retryAfterMs / 1_000));
    refuse(req, res, refusal.scope, {
      code: ErrorCode.rateLimited,
      message:
        refusal.scope === 'requests'
          ? 'Too many requests; wait a moment and try again.'
          : `Too many wrong codes; try again in ${retryAfterSeconds} s, or scan the QR code.`,
      retryAfterSeconds,
    });
  };

  /**
   * The workshop a code opens, and how it was named; undefined when the request was refused (the
   * answer is sent). The budgets are checked before the store is asked, so a refused guess learns
   * nothing; an ended workshop is refused here, for preview and join alike.
   */
  async function openCode(
    req: Request,
    res: Response,
    typed: string,
    key: unknown,
  ): Promise<{ workshop: WorkshopRecord; via: JoinVia } | undefined> {
    const address = addressKey(req.ip);
    const code = normalizeJoinCode(typed);
    const via: JoinVia = code !== undefined && credentials.isJoinKey(code, key) ? 'link' : 'typed';
    // Link requests have a ceiling of their own, which a guesser on the same address cannot use up.
    const ceiling = guard.request(`${via}|${address}`);
    if (ceiling) {
      tooFast(req, res, ceiling);
      return undefined;
    }
    const find = () => (code === undefined ? Promise.resolve(undefined) : store.findWorkshopByJoinCode(code));
    let workshop: WorkshopRecord | undefined;
    if (via === 'link') workshop = await find();
    else {
      const guarded = await guard.lookup(address, find);
      if (guarded.kind === 'refused') {
        tooFast(req, res, guarded.refusal);
        return undefined;
      }
      workshop = guarded.kind === 'found' ? guarded.value : undefined;
    }
    if (!workshop) {
      refuse(req, res, 'unknown_code', { code: ErrorCode.notFound, message: 'No workshop has this code.' });
      return undefined;
    }
    if (workshop.endedAt !== undefined) {
      res.locals.workshopId = workshop.id;
      refuse(req, res, 'ended', {
        code: ErrorCode.workshopEnded,
        message: 'This workshop has ended; its code lets nobody in.',
      });
      return undefined;
    }
    return { workshop, via };
  }

  api.get('/join/:code', async (req, res) => {
    const opened = await openCode(req, res, req.params.code, req.query.key);
    if (!opened) return;
    const { workshop } = opened;
    res.locals.workshopId = workshop.id;
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
    const body = parseBody(joinBody, req, res);
    if (!body) return;
    const opened = await openCode(req, res, body.code, body.key);
    if (!opened) return;
    const { workshop } = opened;
    res.locals.workshopId = workshop.id;
    const room = await docs.get(workshop.id);
    const meta = readMeta(room.doc);
    if (meta?.joinMode === 'invited') {
      return refuse(req, res, 'invite_only', {
        code: ErrorCode.inviteOnly,
        message: 'This workshop is for invited participants: join with the personal code on your badge.',
      });
    }
    if (meta?.joinLocked) {
      return refuse(req, res, 'joining_closed', {
        code: ErrorCode.joiningClosed,
        message: 'The facilitator has closed joining for this workshop.',
      });
    }
    // Counted once per workshop from the store, then in memory: a join must not list everyone.
    const joined = participantCounts.get(workshop.id) ?? (await store.listParticipants(workshop.id)).length;
    if (joined >= config.maxParticipants) {
      return refuse(req, res, 'workshop_full', {
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
