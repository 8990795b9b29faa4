/** Facilitator-only exports of the minutes: DOCX, Markdown, CSV, and the JSON the print page reads. */
import {
  CSV_TABLES,
  type CsvTable,
  ErrorCode,
  LOCALES,
  type Minutes,
  renderCsv,
  renderMarkdown,
} from '@majlis/shared';
import { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import { attachmentHeader } from '../minutes/attachmentHeader.js';
import { minutesDocx } from '../minutes/minutesDocx.js';
import { minutesFor } from '../minutes/minutesFor.js';
import type { ApiDeps } from './api.js';
import { bearer, sendError } from './respond.js';

const querySchema = z.object({
  locale: z.enum(LOCALES).optional(),
  table: z.enum(CSV_TABLES).optional(),
});

const FORMATS = ['docx', 'md', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends the minutes in one format. */
async function send(res: Response, m: Minutes, format: Format, table: CsvTable): Promise<void> {
  res.set('Cache-Control', 'no-store');
  switch (format) {
    case 'json':
      res.json(m);
      return;
    case 'md':
      res.set('Content-Type', 'text/markdown; charset=utf-8');
      res.set('Content-Disposition', attachmentHeader(m, 'md'));
      res.send(renderMarkdown(m));
      return;
    case 'csv':
      res.set('Content-Type', 'text/csv; charset=utf-8');
      res.set('Content-Disposition', attachmentHeader(m, 'csv', table));
      res.send(renderCsv(m, table));
      return;
    case 'docx':
      res.set('Content-Type', DOCX_TYPE);
      res.set('Content-Disposition', attachmentHeader(m, 'docx'));
      res.send(await minutesDocx(m));
      return;
    default: {
      const unreachable: never = format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}

export function createMinutesApi(deps: ApiDeps): Router {
  const { credentials } = deps;
  const api = Router();

  const handle = (format: Format) => async (req: Request<{ id: string }>, res: Response) => {
    const auth = await credentials.authorizeFor(bearer(req), req.params.id);
    if (!auth.ok) return sendError(res, auth.error);
    if (auth.value.role !== 'facilitator')
      return sendError(res, {
        code: ErrorCode.forbidden,
        message: 'The minutes are exported with the facilitator key.',
      });
    const query = querySchema.safeParse(req.query);
    if (!query.success)
      return sendError(res, {
        code: ErrorCode.badRequest,
        message: `Use ?locale=${LOCALES.join('|')} and, for CSV, ?table=${CSV_TABLES.join('|')}.`,
      });
    const m = await minutesFor(deps, auth.value.workshopId, query.data.locale);
    if (!m) return sendError(res, { code: ErrorCode.notFound, message: 'This workshop has no content.' });
    await send(res, m, format, query.data.table ?? 'items');
  };

  for (const format of FORMATS) api.get(`/workshops/:id/minutes.${format}`, handle(format));
  return api;
}
