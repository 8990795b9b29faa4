/**
 * The plain values of a vote's settings: the kinds, the status ratings and the target cap. Apart
 * from the zod schema (settings.ts), so that what a phone loads to vote carries no zod; it imports
 * nothing, so that the schema and each kind's module (kinds/) can both use it.
 */

export const VOTE_KINDS = ['dots', 'rank', 'score', 'poll', 'status', 'approval'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const STATUS_RATINGS = ['on_track', 'partly', 'off_track', 'unknown'] as const;
export type StatusRating = (typeof STATUS_RATINGS)[number];

/** The most items one vote can target; keeps ballots and tallies small. */
export const MAX_VOTE_TARGETS = 100;
