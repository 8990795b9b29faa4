/**
 * Invitations. The facilitator imports the invited people and gets a personal code for each (printed
 * on a badge with its QR code). A personal code joins as that person, in the group of the
 * invitation, on any device: a second device takes the same participant over (the first one's
 * token stops) and never adds a voter. In "invited only" mode the workshop's code lets nobody in.
 */
import { randomBytes } from 'node:crypto';
import {
  addInvitesBody,
  claimInviteBody,
  ErrorCode,
  ID_PATTERN,
  type InviteInfo,
  type InvitePreview,
  inviteCodeFrom,
  type JoinResponse,
  MAX_INVITES,
  normalizeInviteCode,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { participantKey } from '../auth/connectionCap.js';
import { randomId } from '../clock.js';
import { KeyedQueue } from '../keyedQueue.js';
import { RateLimiter } from '../rateLimit.js';
import type { InviteRecord } from '../storage/Store.js';
import type { ApiDeps } from './api.js';
import { facilitatorOf } from './facilitatorOnly.js';
import { parseBody, sendError } from './respond.js';

const REFUSAL = 'Only the facilitator manages invitations.';

export function createInviteApi(deps: ApiDeps): Router {
  const { credentials, store, clock, connections } = deps;
  const api = Router();
  // Wrong personal codes cost; right ones never do, so neither a whole venue claiming its badges
  // behind one address nor a guesser on that address stops a real claim. 50-bit codes make guessing
  // hopeless (see docs/operations.md); past the allowance a miss answers 429 instead of 404.
  const misses = new RateLimiter(30, 0.5);
  const claims = new KeyedQueue();

  const standingInvite = async (
    req: Request,
    res: Response,
    raw: string,
  ): Promise<InviteRecord | undefined> => {
    const code = normalizeInviteCode(raw);
    const invite = code ? await store.findInviteByCode(code) : undefined;
    if (!invite) {
      sendError(
        res,
        misses.take(req.ip ?? 'unknown')
          ? { code: ErrorCode.notFound, message: 'No invitation has this code.' }
          : { code: ErrorCode.rateLimited, message: 'Too many wrong codes; wait a minute and try again.' },
      );
    }
    return invite;
  };

  const infos = async (workshopId: string, invites: readonly InviteRecord[]): Promise<InviteInfo[]> => {
    const people = new Map((await store.listParticipants(workshopId)).map((p) => [p.id, p]));
    return invites.map((i) => ({
      id: i.id,
      participantId: i.participantId,
      code: i.code,
      name: i.name,
      organization: i.organization,
      group: i.group,
      createdAt: i.createdAt,
      revokedAt: i.revokedAt,
      joinedAt: people.get(i.participantId)?.createdAt ?? null,
    }));
  };

  api.get('/workshops/:id/invites', async (req, res) => {
    const workshopId = await facilitatorOf(credentials, req, res, REFUSAL);
    if (!workshopId) return;
    res.json({ invites: await infos(workshopId, await store.listInvites(workshopId)) });
  });

  api.post('/workshops/:id/invites', async (req, res) => {
    const workshopId = await facilitatorOf(credentials, req, res, REFUSAL);
    if (!workshopId) return;
    const body = parseBody(addInvitesBody, req, res);
    if (!body) return;
    const existing = (await store.listInvites(workshopId)).length;
    if (existing + body.invites.length > MAX_INVITES) {
      return sendError(res, {
        code: ErrorCode.tooMany,
        message: `A workshop takes at most ${MAX_INVITES} invitations; it has ${existing}.`,
      });
    }
    const createdAt = clock.now();
    for (let attempt = 0; attempt < 5; attempt++) {
      // One millisecond apart, so the list keeps the order it was pasted in.
      const records: InviteRecord[] = body.invites.map((i, n) => ({
        id: randomId(),
        workshopId,
        participantId: randomId(),
        code: inviteCodeFrom(randomBytes(10)),
        name: i.name,
        organization: i.organization ?? '',
        group: i.group,
        createdAt: createdAt + n,
        revokedAt: null,
      }));
      if (await store.addInvites(records)) {
        await deps.votes.audit(workshopId, {
          action: 'invites.added',
          actorRole: 'facilitator',
          details: { count: records.length },
        });
        res.status(201).json({ invites: await infos(workshopId, records) });
        return;
      }
    }
    sendError(res, { code: ErrorCode.internal, message: 'No free invitation codes; try again.' });
  });

  /** The invitation `:inviteId` of the facilitator's workshop, or an answered 4xx. */
  const ownInvite = async (req: Request, res: Response): Promise<InviteRecord | undefined> => {
    const workshopId = await facilitatorOf(credentials, req, res, REFUSAL);
    if (!workshopId) return undefined;
    const inviteId = String(req.params.inviteId);
    const invite = ID_PATTERN.test(inviteId) ? await store.getInvite(workshopId, inviteId) : undefined;
    if (!invite) sendError(res, { code: ErrorCode.notFound, message: 'No such invitation.' });
    return invite;
  };

  /** Stops every device already in on this invitation: a lost badge's finder is cut off too. */
  const cutDevices = async (invite: InviteRecord) => {
    const participant = await store.getParticipant(invite.workshopId, invite.participantId);
    if (!participant) return;
    await store.updateParticipant(invite.workshopId, invite.participantId, {
      tokenGen: (participant.tokenGen ?? 0) + 1,
    });
    connections.cut(participantKey(invite.workshopId, invite.participantId), {
      code: ErrorCode.unauthorized,
      message: 'This invitation was given a new code; join again with the new one.',
    });
  };

  api.post('/workshops/:id/invites/:inviteId/reissue', async (req, res) => {
    const invite = await ownInvite(req, res);
    if (!invite) return;
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = inviteCodeFrom(randomBytes(10));
      if (await store.reissueInvite(invite.workshopId, invite.id, code)) {
        await cutDevices(invite);
        await deps.votes.audit(invite.workshopId, {
          action: 'invite.reissued',
          actorRole: 'facilitator',
          details: { inviteId: invite.id, participantId: invite.participantId },
        });
        const updated = await store.getInvite(invite.workshopId, invite.id);
        res.json({ invite: (await infos(invite.workshopId, updated ? [updated] : []))[0] });
        return;
      }
    }
    sendError(res, { code: ErrorCode.internal, message: 'No free invitation code; try again.' });
  });

  api.delete('/workshops/:id/invites/:inviteId', async (req, res) => {
    const invite = await ownInvite(req, res);
    if (!invite) return;
    await store.revokeInvite(invite.workshopId, invite.id, clock.now());
    await deps.votes.audit(invite.workshopId, {
      action: 'invite.revoked',
      actorRole: 'facilitator',
      details: { inviteId: invite.id, participantId: invite.participantId },
    });
    const updated = await store.getInvite(invite.workshopId, invite.id);
    res.json({ invite: (await infos(invite.workshopId, updated ? [updated] : []))[0] });
  });

  api.get('/invites/:code', async (req, res) => {
    const invite = await standingInvite(req, res, String(req.params.code));
    if (!invite) return;
    const workshop = await store.getWorkshop(invite.workshopId);
    if (!workshop)
      return sendError(res, { code: ErrorCode.notFound, message: 'No invitation has this code.' });
    if (workshop.endedAt !== undefined) {
      return sendError(res, { code: ErrorCode.workshopEnded, message: 'This workshop has ended.' });
    }
    const preview: InvitePreview = {
      workshopId: workshop.id,
      title: workshop.title,
      locale: workshop.locale,
      name: invite.name,
      organization: invite.organization,
      group: invite.group,
    };
    res.json(preview);
  });

  api.post('/invites/claim', async (req, res) => {
    const body = parseBody(claimInviteBody, req, res);
    if (!body) return;
    const invite = await standingInvite(req, res, body.code);
    if (!invite) return;
    const workshop = await store.getWorkshop(invite.workshopId);
    if (!workshop)
      return sendError(res, { code: ErrorCode.notFound, message: 'No invitation has this code.' });
    if (workshop.endedAt !== undefined) {
      return sendError(res, { code: ErrorCode.workshopEnded, message: 'This workshop has ended.' });
    }
    // One claim of an invitation at a time: two devices at once must not both create the participant.
    const outcome = await claims.run(invite.id, async () => {
      const existing = await store.getParticipant(invite.workshopId, invite.participantId);
      if (existing && typeof existing.removedAt === 'number') return 'removed' as const;
      let generation = 0;
      if (existing) {
        // Another device takes the participant over: the earlier one's token stops.
        generation = (existing.tokenGen ?? 0) + 1;
        await store.updateParticipant(invite.workshopId, invite.participantId, { tokenGen: generation });
        connections.cut(participantKey(invite.workshopId, invite.participantId), {
          code: ErrorCode.unauthorized,
          message: 'You joined on another device with your personal code.',
        });
      } else {
        await store.addParticipant({
          id: invite.participantId,
          workshopId: invite.workshopId,
          name: invite.name,
          organization: invite.organization,
          group: invite.group,
          locale: body.locale ?? workshop.locale,
          createdAt: clock.now(),
          nameInMinutes: body.nameInMinutes === true,
          inviteId: invite.id,
        });
        connections.participantsChanged(invite.workshopId);
      }
      return generation;
    });
    if (outcome === 'removed') {
      return sendError(res, {
        code: ErrorCode.forbidden,
        message: 'The facilitator removed you from this workshop.',
      });
    }
    const response: JoinResponse = {
      workshopId: invite.workshopId,
      participantId: invite.participantId,
      token: credentials.participantToken(invite.workshopId, invite.participantId, outcome),
    };
    res.status(201).json(response);
  });

  return api;
}
