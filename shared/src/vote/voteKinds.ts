/**
 * The plain values of a vote's settings: the kinds, the status ratings, the target cap and the
 * default criteria. Apart from the zod schema (settings.ts), so that what a phone loads to vote
 * carries no zod.
 */
import type { Criterion, VoteSettings } from './settings.js';

export const VOTE_KINDS = ['dots', 'rank', 'score', 'poll', 'status'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export const STATUS_RATINGS = ['on_track', 'partly', 'off_track', 'unknown'] as const;
export type StatusRating = (typeof STATUS_RATINGS)[number];

/** The most items one vote can target; keeps ballots and tallies small. */
export const MAX_VOTE_TARGETS = 100;

/** The default criteria of a score vote: impact and feasibility, the axes of the 2 × 2 matrix. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  { id: 'impact', label: 'Impact', weight: 1 },
  { id: 'feasibility', label: 'Feasibility', weight: 1 },
];

/** The criteria a score vote uses (its own, or impact and feasibility). */
export function criteriaOf(settings: VoteSettings): readonly Criterion[] {
  return settings.criteria ?? DEFAULT_CRITERIA;
}
