import {
  type ApiError,
  type CreateWorkshopResponse,
  createWorkshopBody,
  ErrorCode,
  emptyGroupCounts,
  initWorkshopDoc,
  readMeta,
  readStages,
  type ServerInfo,
  type SessionInfo,
  templateStages,
  type WorkshopSummary,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { addressKey } from '../auth/addressKey.js';
import type { Credentials } from '../auth/credentials.js';
import type { SharedFailureBudget } from '../auth/JoinGuard.js';
import { type Clock, randomId, randomJoinCode } from '../clock.js';
import type { Config } from '../config.js';
import type { Monitor } from '../metrics/Monitor.js';
import type { Presence } from '../presence/Presence.js';
import { RateLimiter } from '../rateLimit.js';
import type { Store } from '../storage/Store.js';
import type { VoteService } from '../votes/VoteService.js';
import type { DocRegistry } from '../yjs/DocRegistry.js';
import { createArchiveApi } from './archiveApi.js';
import { createInviteApi } from './inviteApi.js';
import { createJoinApi } from './joinApi.js';
import { lanUrls } from './lanUrls.js';
import { createLifecycleApi } from './lifecycleApi.js';
import { createMinutesApi } from './minutesApi.js';
import { createParticipantApi } from './participantApi.js';
import { bearer, parseBody, sendError } from './respond.js';
import { createScribeApi } from './scribeApi.js';
import { createVoteApi } from './voteApi.js';
import { baseUrl, facilitateLink, facilitatorLinks } from './workshopLinks.js';

/** What the HTTP API may do to live connections (bound to the Yjs endpoint and socket.io). */
export interface Connections {
  /** Closes every connection of one credential (`credentialKey`) for good, telling it why. */
  cut(key: string, reason: ApiError): void;
  /** Tells the workshop's consoles that the participant list changed. */
  participantsChanged(workshopId: string): void;
}

export interface ApiDeps {
  config: Config;
  store: Store;
  credentials: Credentials;
  docs: DocRegistry;
  presence: Presence;
  clock: Clock;
  votes: VoteService;
  /** Live connections, for cutting a revoked or removed credential and telling consoles. */
  connections: Connections;
  /** Cuts the live connections a rotation made stale: every facilitator's, or every board's. */
  credentialRotated: (workshopId: string, role: 'facilitator' | 'board') => void;
  /** The workshop ended: its guests' live connections close when their grace runs out at `guestsUntil`. */
  workshopEnded: (workshopId: string, guestsUntil: number) => void;
  /** The port the server listens on (known once it listens). */
  port: () => number;
  /** Metrics and the security log. */
  monitor: Monitor;
  /** Scale-out: the wrong-join-code budget shared by every process. */
  joinBudget?: SharedFailureBudget;
}

/** The JSON API under /api. */
export function createApi(deps: ApiDeps): Router {
  const { config, store, credentials, docs, presence, clock } = deps;
  const api = Router();
  // Creating is open to anyone who can reach the server, so it is throttled per address (joining
  // has its own guard, see joinApi.ts).
  const createLimiter = new RateLimiter(60, 1);
  const limited = (limiter: RateLimiter, req: Request, res: Response): boolean => {
    if (limiter.take(addressKey(req.ip))) return false;
    deps.monitor.security.note({
      event: 'request_refused',
      reason: ErrorCode.rateLimited,
      channel: 'http',
      address: req.ip,
      limiter: 'create',
    });
    sendError(res, {
      code: ErrorCode.rateLimited,
      message: 'Too many requests; wait a moment and try again.',
    });
    return true;
  };
  api.post('/workshops', async (req, res) => {
    if (limited(createLimiter, req, res)) return;
    const body = parseBody(createWorkshopBody, req, res);
    if (!body) return;
    const id = randomId();
    const { key, hash } = credentials.newFacilitatorKey(id);
    const createdAt = clock.now();
    let joinCode = '';
    for (let attempt = 0; attempt < 20 && !joinCode; attempt++) {
      const candidate = randomJoinCode();
      const stored = await store.createWorkshop({
        id,
        joinCode: candidate,
        title: body.title,
        locale: body.locale,
        facilitatorKeyHash: hash,
        createdAt,
      });
      if (stored) joinCode = candidate;
    }
    if (!joinCode)
      return sendError(res, { code: ErrorCode.internal, message: 'No free join code; try again.' });
    const room = await docs.get(id);
    await room.change((doc) =>
      initWorkshopDoc(doc, {
        id,
        title: body.title,
        locale: body.locale,
        joinCode,
        createdAt,
        stages: templateStages(body.template ?? 'vlr').map((template) => ({ id: randomId(), template })),
      }),
    );
    const base = baseUrl(config, req);
    const { boardToken, links } = facilitatorLinks(base, credentials, { id, joinCode });
    const response: CreateWorkshopResponse = {
      id,
      joinCode,
      facilitatorKey: key,
      boardToken,
      links: { facilitate: facilitateLink(base, id, key), ...links },
    };
    res.status(201).json(response);
  });

  api.use(createJoinApi(deps));

  api.get('/server-info', (_req, res) => {
    const info: ServerInfo = {
      publicUrl: config.publicUrl ?? null,
      lanUrls: lanUrls(config.host, deps.port()),
      endedGraceMs: config.endedGraceMs,
    };
    res.json(info);
  });

  api.get('/session', async (req, res) => {
    const auth = await credentials.authenticate(bearer(req));
    if (!auth.ok) return sendError(res, auth.error);
    const p = auth.value;
    const info: SessionInfo =
      p.role === 'participant'
        ? {
            role: p.role,
            workshopId: p.workshopId,
            participant: {
              id: p.participant.id,
              name: p.participant.name,
              organization: p.participant.organization,
              group: p.participant.group,
            },
          }
        : p.role === 'scribe'
          ? { role: p.role, workshopId: p.workshopId, scribe: { id: p.scribe.id, label: p.scribe.label } }
          : { role: p.role, workshopId: p.workshopId };
    res.json(info);
  });

  api.get('/workshops/:id', async (req, res) => {
    const auth = await credentials.authorizeFor(bearer(req), req.params.id);
    if (!auth.ok) return sendError(res, auth.error);
    const room = await docs.get(auth.value.workshopId);
    const meta = readMeta(room.doc);
    const record = await store.getWorkshop(auth.value.workshopId);
    if (!meta || !record) {
      return sendError(res, { code: ErrorCode.notFound, message: 'This workshop has no content.' });
    }
    const { role } = auth.value;
    const participants = await store.listParticipants(meta.id);
    const byGroup = emptyGroupCounts();
    for (const p of participants) byGroup[p.group] += 1;
    const summary: WorkshopSummary = {
      id: meta.id,
      title: meta.title,
      locale: meta.locale,
      joinCode: meta.joinCode,
      currentStageId: meta.currentStageId,
      stages: readStages(room.doc).map(({ id, kind, title, state, vote }) => ({
        id,
        kind,
        title,
        state,
        ...(vote ? { vote: { settings: vote.settings, turnout: vote.turnout } } : {}),
      })),
      participants: { total: participants.length, byGroup },
      present: presence.counts(meta.id),
      endedAt: record.endedAt ?? null,
      guestsUntil: credentials.guestsUntil(record) ?? null,
      ...(role === 'facilitator' || role === 'board'
        ? { joinKey: credentials.joinKey(record.joinCode) }
        : {}),
      ...(role === 'facilitator' ? facilitatorLinks(baseUrl(config, req), credentials, record) : {}),
    };
    res.json(summary);
  });

  api.use(createLifecycleApi(deps));
  api.use(createVoteApi(deps));
  api.use(createScribeApi(deps));
  api.use(createInviteApi(deps));
  api.use(createParticipantApi(deps));
  api.use(createMinutesApi(deps));
  api.use(createArchiveApi(deps));
  api.use((_req, res) => sendError(res, { code: ErrorCode.notFound, message: 'No such API route.' }));
  return api;
}
