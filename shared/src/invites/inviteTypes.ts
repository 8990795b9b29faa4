/** The invitation and participant-management API: request bodies (zod) and response shapes. */
import { z } from 'zod';
import { groupSchema, lineText, localeSchema, optionalLine } from '../fields.js';
import type { StakeholderGroup } from '../groups.js';
import { ID_PATTERN } from '../ids.js';
import { LIMITS } from '../limits.js';
import type { Locale } from '../locale.js';
import { MAX_INVITES } from './parseInviteList.js';

/** `POST /api/workshops/:id/invites`: the people to invite. */
export const addInvitesBody = z.strictObject({
  invites: z
    .array(
      z.strictObject({
        name: lineText(LIMITS.participantName),
        organization: optionalLine(LIMITS.organization).optional(),
        group: groupSchema,
      }),
    )
    .min(1)
    .max(MAX_INVITES),
});
export type AddInvitesBody = z.infer<typeof addInvitesBody>;

/** `POST /api/invites/claim`: join with a personal code. */
export const claimInviteBody = z.strictObject({
  code: z.string().max(40),
  locale: localeSchema.optional(),
  nameInMinutes: z.boolean().optional(),
});
export type ClaimInviteBody = z.infer<typeof claimInviteBody>;

const participantIds = z.array(z.string().regex(ID_PATTERN)).min(1).max(MAX_INVITES);

/** `POST /api/workshops/:id/participants/remove` and `/restore`. */
export const participantIdsBody = z.strictObject({ participantIds });
export type ParticipantIdsBody = z.infer<typeof participantIdsBody>;

/** One invitation as the facilitator sees it. */
export interface InviteInfo {
  readonly id: string;
  readonly participantId: string;
  /** The personal code, canonical (show it with `formatInviteCode`). */
  readonly code: string;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  /** When the code was first used to join, or null. */
  readonly joinedAt: number | null;
}

/** `GET /api/invites/:code`: what a phone shows before joining with a personal code. */
export interface InvitePreview {
  readonly workshopId: string;
  readonly title: string;
  readonly locale: Locale;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
}

/** One participant as the facilitator sees them (`GET /api/workshops/:id/participants`). */
export interface ParticipantInfo {
  readonly id: string;
  readonly name: string;
  readonly organization: string;
  readonly group: StakeholderGroup;
  readonly joinedAt: number;
  readonly invited: boolean;
  readonly present: boolean;
  readonly removedAt: number | null;
  /** Same value for joins from the same address (a keyed hash, not the address); absent for invited. */
  readonly addressTag?: string;
}
