/**
 * The plain values of a vote's settings: the status ratings and the target cap, and the kinds' type.
 * Apart from the zod schema (settings.ts), so that what a phone loads to vote carries no zod; it
 * imports no code, so that the schema and each kind's module (kinds/) can both use it.
 */
import type { Ballot } from './ballot.js';

/**
 * The kinds of vote: those of the ballot's wire shape (ballot.ts), so that a new kind is named there
 * and in the registry (kinds/voteKindDefinitions.ts, which lists them at run time as `VOTE_KINDS`).
 */
export type VoteKind = Ballot['kind'];

export const STATUS_RATINGS = ['on_track', 'partly', 'off_track', 'unknown'] as const;
export type StatusRating = (typeof STATUS_RATINGS)[number];

/** The most items one vote can target; keeps ballots and tallies small. */
export const MAX_VOTE_TARGETS = 100;
