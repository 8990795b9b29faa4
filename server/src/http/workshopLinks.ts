/** The links a workshop hands out, built in one place so every route gives the same ones. */
import type { Request } from 'express';
import type { Credentials } from '../auth/credentials.js';
import type { Config } from '../config.js';

/** Where people reach the server: PUBLIC_URL, else the request's own host. */
export function baseUrl(config: Pick<Config, 'publicUrl'>, req: Request): string {
  return config.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

export const facilitateLink = (base: string, workshopId: string, key: string): string =>
  `${base}/w/${workshopId}/facilitate#key=${encodeURIComponent(key)}`;

export const boardLink = (base: string, workshopId: string, boardToken: string): string =>
  `${base}/w/${workshopId}/board#token=${encodeURIComponent(boardToken)}`;

/** The join link for QR codes and copying: the code, and in the fragment the key that skips the failure budgets. */
export function joinLink(base: string, credentials: Credentials, joinCode: string): string {
  return `${base}/join/${joinCode}#k=${credentials.joinKey(joinCode)}`;
}

/** The board token and the board and join links, as the facilitator gets them. */
export function facilitatorLinks(
  base: string,
  credentials: Credentials,
  workshop: { id: string; joinCode: string; boardGeneration?: number },
) {
  const boardToken = credentials.boardToken(workshop.id, workshop.boardGeneration ?? 0);
  return {
    boardToken,
    links: {
      board: boardLink(base, workshop.id, boardToken),
      join: joinLink(base, credentials, workshop.joinCode),
    },
  };
}
