/** The complete archive of a workshop (`export.json`) and the import that makes a new workshop of it. (Being built.) */
import { Router } from 'express';
import type { ApiDeps } from './api.js';

export function createArchiveApi(_deps: ApiDeps): Router {
  return Router();
}
