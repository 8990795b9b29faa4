/** Size bounds on everything a user can type; enforced by the zod schemas and the server. */
export const LIMITS = {
  workshopTitle: 200,
  stageTitle: 200,
  stageDescription: 2_000,
  itemTitle: 200,
  itemDescription: 2_000,
  participantName: 80,
  organization: 120,
  sdgTagsPerItem: 17,
  outcomeText: 2_000,
  outcomeOwner: 120,
  /** Items one decision or action may link to. */
  outcomeItems: 50,
  /** Decisions and action items in one workshop. */
  outcomesPerWorkshop: 500,
  place: 200,
  /** The organizers field, all lines together. */
  organizers: 1_000,
  scribeLabel: 80,
  /** Scribe links one workshop may have, revoked ones included. */
  scribesPerWorkshop: 50,
  /** Largest workshop archive `POST /api/workshops/import` accepts, in bytes. */
  archiveBytes: 20_000_000,
  /** Largest Yjs WebSocket message the server accepts, in bytes. */
  yjsMessageBytes: 1_000_000,
  /** Largest socket.io message the server accepts, in bytes. */
  socketMessageBytes: 64_000,
  /** Largest JSON HTTP body, in bytes. */
  httpBodyBytes: 32_000,
} as const;
