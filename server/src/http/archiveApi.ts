/**
 * The complete archive of a workshop (`export.json`, facilitator only) and the import that makes a
 * new workshop of one (open to anyone, like creating a workshop). The checks and the building live
 * in `../archive/`; these handlers authorize, call them and answer.
 */
import { type CreateWorkshopResponse, ErrorCode } from '@majlis/shared';
import { Router } from 'express';
import { exportWorkshop } from '../archive/exportWorkshop.js';
import { importWorkshop } from '../archive/importWorkshop.js';
import { readArchive } from '../archive/readArchive.js';
import type { ApiDeps } from './api.js';
import { bearer, sendError } from './respond.js';
import { baseUrl, facilitateLink, facilitatorLinks } from './workshopLinks.js';

export function createArchiveApi(deps: ApiDeps): Router {
  const { config, credentials } = deps;
  const api = Router();

  api.get('/workshops/:id/export.json', async (req, res) => {
    const auth = await credentials.authorizeFor(bearer(req), req.params.id);
    if (!auth.ok) return sendError(res, auth.error);
    if (auth.value.role !== 'facilitator') {
      return sendError(res, { code: ErrorCode.forbidden, message: 'The archive is for the facilitator.' });
    }
    const archive = await exportWorkshop(deps, auth.value.workshopId);
    if (!archive) return sendError(res, { code: ErrorCode.notFound, message: 'No such workshop.' });
    const day = new Date(archive.exportedAt).toISOString().slice(0, 10);
    res.set('Cache-Control', 'no-store');
    res.set(
      'Content-Disposition',
      `attachment; filename="majlis-archive-${archive.workshop.id}-${day}.json"`,
    );
    res.json(archive);
  });

  api.post('/workshops/import', async (req, res) => {
    // Throttled per address in app.ts, before the body parser.
    if (req.body === undefined) {
      return sendError(res, {
        code: ErrorCode.invalidJson,
        message: 'Send the archive as a JSON body with Content-Type: application/json.',
      });
    }
    const read = readArchive(req.body, { maxDocBytes: config.maxDocBytes });
    if (!read.ok) return sendError(res, read.error);
    const made = await importWorkshop(deps, read.value);
    if (!made) return sendError(res, { code: ErrorCode.internal, message: 'No free join code; try again.' });
    const { id, joinCode, facilitatorKey } = made;
    const base = baseUrl(config, req);
    const { boardToken, links } = facilitatorLinks(base, credentials, { id, joinCode });
    const response: CreateWorkshopResponse = {
      id,
      joinCode,
      facilitatorKey,
      boardToken,
      links: { facilitate: facilitateLink(base, id, facilitatorKey), ...links },
    };
    res.status(201).json(response);
  });

  return api;
}
