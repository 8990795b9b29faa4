/** Scribe links: the facilitator makes, lists and revokes them. A scribe edits notes and outcomes only. */
import {
  type CreateScribeResponse,
  createScribeBody,
  ErrorCode,
  ID_PATTERN,
  LIMITS,
  type ScribeInfo,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { scribeKey } from '../auth/connectionCap.js';
import { randomId } from '../clock.js';
import type { ScribeRecord } from '../storage/Store.js';
import type { ApiDeps } from './api.js';
import { facilitatorOf } from './facilitatorOnly.js';
import { parseBody, sendError } from './respond.js';

const info = ({ id, label, createdAt, revokedAt }: ScribeRecord): ScribeInfo => ({
  id,
  label,
  createdAt,
  revokedAt,
});

export function createScribeApi(deps: ApiDeps): Router {
  const { credentials, store, clock, config } = deps;
  const api = Router();

  const facilitator = (req: Request, res: Response) =>
    facilitatorOf(credentials, req, res, 'Only the facilitator manages scribe links.');

  api.post('/workshops/:id/scribes', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    const body = parseBody(createScribeBody, req, res);
    if (!body) return;
    if ((await store.listScribes(workshopId)).length >= LIMITS.scribesPerWorkshop) {
      return sendError(res, {
        code: ErrorCode.tooMany,
        message: `A workshop has at most ${LIMITS.scribesPerWorkshop} scribe links.`,
      });
    }
    const record: ScribeRecord = {
      id: randomId(),
      workshopId,
      label: body.label ?? '',
      createdAt: clock.now(),
      revokedAt: null,
    };
    await store.addScribe(record);
    const token = credentials.scribeToken(workshopId, record.id);
    const base = config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const response: CreateScribeResponse = {
      scribe: info(record),
      token,
      link: `${base}/w/${workshopId}/scribe#token=${encodeURIComponent(token)}`,
    };
    res.status(201).json(response);
  });

  api.get('/workshops/:id/scribes', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    res.json({ scribes: (await store.listScribes(workshopId)).map(info) });
  });

  api.delete('/workshops/:id/scribes/:scribeId', async (req, res) => {
    const workshopId = await facilitator(req, res);
    if (!workshopId) return;
    const scribeId = String(req.params.scribeId);
    const revoked =
      ID_PATTERN.test(scribeId) && (await store.revokeScribe(workshopId, scribeId, clock.now()));
    if (!revoked) return sendError(res, { code: ErrorCode.notFound, message: 'No such scribe link.' });
    deps.connections.cut(scribeKey(workshopId, scribeId), {
      code: ErrorCode.unauthorized,
      message: 'This scribe link was revoked.',
    });
    const record = await store.getScribe(workshopId, scribeId);
    res.json({ scribe: record ? info(record) : null });
  });

  return api;
}
