/**
 * The facilitator ends a workshop and rotates its standing credentials. Each step is audited and
 * cuts the live connections it makes stale at once.
 *
 *   POST /api/workshops/:id/end                      code and join link stop; guests read until the grace ends
 *   POST /api/workshops/:id/facilitator-key/rotate   a new key, shown once; the old one and its connections stop
 *   POST /api/workshops/:id/board-link/rotate        a new board link; open boards are disconnected
 */
import {
  type EndWorkshopResponse,
  ErrorCode,
  type RotateBoardLinkResponse,
  type RotateFacilitatorKeyResponse,
  setWorkshopEnded,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { type AuditContent, sealEntry } from '../audit/auditChain.js';
import type { ApiDeps } from './api.js';
import { bearer, sendError } from './respond.js';
import { baseUrl, boardLink, facilitateLink } from './workshopLinks.js';

export function createLifecycleApi(deps: ApiDeps): Router {
  const { credentials, store, clock, config, docs } = deps;
  const api = Router();

  /** The workshop id when the request carries its facilitator key; otherwise answers and returns undefined. */
  async function facilitator(req: Request, res: Response): Promise<string | undefined> {
    const auth = await credentials.authorizeFor(bearer(req), String(req.params.id));
    if (!auth.ok) {
      sendError(res, auth.error);
      return undefined;
    }
    if (auth.value.role !== 'facilitator') {
      sendError(res, { code: ErrorCode.forbidden, message: 'Only the facilitator may do that.' });
      return undefined;
    }
    return auth.value.workshopId;
  }

  const audit = (workshopId: string, content: Omit<AuditContent, 'at' | 'actorRole'>) =>
    store.appendAudit(workshopId, (prevHash, seq) =>
      sealEntry({ ...content, actorRole: 'facilitator', at: clock.now() }, prevHash, seq),
    );

  const noWorkshop = (res: Response) =>
    sendError(res, { code: ErrorCode.notFound, message: 'No such workshop.' });

  api.post('/workshops/:id/end', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    const before = await store.getWorkshop(workshopId);
    const record = await store.endWorkshop(workshopId, clock.now());
    const endedAt = record?.endedAt;
    const guestsUntil = record && credentials.guestsUntil(record);
    if (endedAt === undefined || guestsUntil === undefined) return noWorkshop(res);
    // Ending again answers the same and changes nothing.
    if (before?.endedAt === undefined) {
      const room = await docs.get(workshopId);
      await room.change((doc) => setWorkshopEnded(doc, { endedAt, guestsUntil }));
      await audit(workshopId, { action: 'workshop_ended', details: { guestsUntil } });
    }
    deps.workshopEnded(workshopId, guestsUntil);
    const response: EndWorkshopResponse = { endedAt, guestsUntil };
    res.json(response);
  });

  api.post('/workshops/:id/facilitator-key/rotate', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    const { key, hash } = credentials.newFacilitatorKey(workshopId);
    if (!(await store.setFacilitatorKeyHash(workshopId, hash))) return noWorkshop(res);
    await audit(workshopId, { action: 'facilitator_key_rotated' });
    deps.credentialRotated(workshopId, 'facilitator');
    const response: RotateFacilitatorKeyResponse = {
      facilitatorKey: key,
      links: { facilitate: facilitateLink(baseUrl(config, req), workshopId, key) },
    };
    res.set('Cache-Control', 'no-store');
    res.json(response);
  });

  api.post('/workshops/:id/board-link/rotate', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    const generation = await store.nextBoardGeneration(workshopId);
    if (generation === undefined) return noWorkshop(res);
    await audit(workshopId, { action: 'board_link_rotated', details: { generation } });
    deps.credentialRotated(workshopId, 'board');
    const boardToken = credentials.boardToken(workshopId, generation);
    const response: RotateBoardLinkResponse = {
      boardToken,
      links: { board: boardLink(baseUrl(config, req), workshopId, boardToken) },
    };
    res.set('Cache-Control', 'no-store');
    res.json(response);
  });

  return api;
}
