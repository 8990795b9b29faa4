/** Facilitator-only exports of the minutes: DOCX, Markdown, CSV, and the JSON the print page reads. (Being built.) */
import { Router } from 'express';
import type { ApiDeps } from './api.js';

export function createMinutesApi(_deps: ApiDeps): Router {
  return Router();
}
