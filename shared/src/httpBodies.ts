/** zod schemas for every HTTP body, and the types of the responses, shared by the server (validation) and the client (forms). */
import { z } from 'zod';
import type { JoinMode, StageKind, StageState } from './domain.js';
import { groupSchema, lineText, localeSchema, optionalLine } from './fields.js';
import type { GroupCounts, StakeholderGroup } from './groups.js';
import { LIMITS } from './limits.js';
import type { Locale } from './locale.js';
import { TEMPLATES } from './templates.js';
import type { VoteSettings } from './vote/settings.js';

/** `POST /api/workshops` body. */
export const createWorkshopBody = z.strictObject({
  title: lineText(LIMITS.workshopTitle),
  locale: localeSchema,
  template: z.enum(TEMPLATES).optional(),
});
export type CreateWorkshopBody = z.infer<typeof createWorkshopBody>;

/** `POST /api/workshops` response (201). */
export interface CreateWorkshopResponse {
  readonly id: string;
  readonly joinCode: string;
  readonly facilitatorKey: string;
  readonly boardToken: string;
  readonly links: { readonly facilitate: string; readonly board: string; readonly join: string };
}

/** `POST /api/join` body. The code may be typed with Arabic-Indic digits and spaces. */
export const joinBody = z.strictObject({
  code: z.string().max(20),
  /** The join link's key (`#k=…`): a join through the link skips the failure budgets of typed codes. */
  key: z.string().max(64).optional(),
  name: lineText(LIMITS.participantName),
  // Blank (or only spaces) means none given.
  organization: optionalLine(LIMITS.organization).optional(),
  group: groupSchema,
  locale: localeSchema.optional(),
  /** The person agreed that their name may appear in the minutes' attendance list. */
  nameInMinutes: z.boolean().optional(),
});
export type JoinBody = z.infer<typeof joinBody>;

/** `POST /api/join` response (201). */
export interface JoinResponse {
  readonly workshopId: string;
  readonly participantId: string;
  readonly token: string;
}

/** `GET /api/join/:code` response: what the join page shows before the person joins. */
export interface JoinPreview {
  readonly workshopId: string;
  readonly title: string;
  readonly locale: Locale;
  /** `invited`: this code lets nobody in; people join with the personal code on their badge. */
  readonly joinMode?: JoinMode;
}

/** `GET /api/workshops/:id` response. */
export interface WorkshopSummary {
  readonly id: string;
  readonly title: string;
  readonly locale: Locale;
  readonly joinCode: string;
  readonly currentStageId: string | null;
  readonly stages: ReadonlyArray<{
    id: string;
    kind: StageKind;
    title: string;
    state: StageState;
    /** Vote stages: their settings (null until configured) and how many have voted. */
    vote?: { settings: VoteSettings | null; turnout: number };
  }>;
  readonly participants: { readonly total: number; readonly byGroup: GroupCounts };
  /** Who is connected now, by group. */
  readonly present: { readonly total: number; readonly byGroup: GroupCounts };
  /** Only for the facilitator: the board's credential and links, so any of their devices can open it. */
  readonly boardToken?: string;
  /** `join` is the join link with its key (`/join/<code>#k=<key>`). */
  readonly links?: { readonly board: string; readonly join: string };
  /** For the facilitator and the board: the join link's key, for the QR code and copied links. */
  readonly joinKey?: string;
  /** When the facilitator ended the workshop (ms), or null while it runs. */
  readonly endedAt: number | null;
  /** Once ended: until when participant, scribe and board links still open it (ms). */
  readonly guestsUntil: number | null;
}

/** `POST /api/workshops/:id/end` response: the workshop has ended (at the first call's time). */
export interface EndWorkshopResponse {
  readonly endedAt: number;
  readonly guestsUntil: number;
}

/** `POST /api/workshops/:id/facilitator-key/rotate` response: the new key, shown once. */
export interface RotateFacilitatorKeyResponse {
  readonly facilitatorKey: string;
  readonly links: { readonly facilitate: string };
}

/** `POST /api/workshops/:id/board-link/rotate` response: the new board token and link. */
export interface RotateBoardLinkResponse {
  readonly boardToken: string;
  readonly links: { readonly board: string };
}

/**
 * `GET /api/server-info` response: the addresses phones can use. `publicUrl` is the configured
 * address; `lanUrls` are this machine's network addresses, for a board opened on `localhost`.
 */
export interface ServerInfo {
  readonly publicUrl: string | null;
  readonly lanUrls: readonly string[];
  /** How long an ended workshop stays readable for its participants, scribes and board (ms). */
  readonly endedGraceMs?: number;
}

/** `GET /api/session` response: what a credential is. */
export interface SessionInfo {
  readonly role: 'facilitator' | 'participant' | 'board' | 'scribe';
  /** For a scribe: the label the facilitator gave the link. */
  readonly scribe?: { readonly id: string; readonly label: string };
  readonly workshopId: string;
  readonly participant?: {
    readonly id: string;
    readonly name: string;
    readonly organization: string;
    readonly group: StakeholderGroup;
  };
}

/** `POST /api/workshops/:id/scribes` body. */
export const createScribeBody = z.strictObject({
  /** Who the link is for, so the facilitator can tell links apart ("Rania, UN-Habitat"). */
  label: optionalLine(LIMITS.scribeLabel).optional(),
});
export type CreateScribeBody = z.infer<typeof createScribeBody>;

/** A scribe link as the facilitator sees it in the list. The token itself is shown once, on creation. */
export interface ScribeInfo {
  readonly id: string;
  readonly label: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** `POST /api/workshops/:id/scribes` response (201). */
export interface CreateScribeResponse {
  readonly scribe: ScribeInfo;
  readonly token: string;
  /** Opens the scribe's view: `/w/<id>/scribe#token=…`. */
  readonly link: string;
}
