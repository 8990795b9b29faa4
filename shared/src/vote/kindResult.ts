/**
 * What a tally gives for one kind of vote: the wire shape of results, kept in the doc and sent to
 * facilitators. Apart from tally.ts so that each kind's module (kinds/) can name its own result
 * without importing the dispatch that imports it.
 */
import type { StatusRating } from './voteKinds.js';

/** A ranked entry. Ties share a rank (1, 1, 3) and are flagged. */
export interface Ranked {
  readonly id: string;
  readonly rank: number;
  readonly tied: boolean;
}

export type KindResult =
  | { readonly kind: 'dots'; readonly items: ReadonlyArray<Ranked & { points: number }> }
  | { readonly kind: 'rank'; readonly items: ReadonlyArray<Ranked & { points: number }> }
  | {
      readonly kind: 'score';
      readonly criteria: ReadonlyArray<{ id: string; label: string; weight: number }>;
      readonly items: ReadonlyArray<Ranked & { n: number; means: Record<string, number>; total: number }>;
    }
  | { readonly kind: 'poll'; readonly options: ReadonlyArray<Ranked & { count: number }> }
  | {
      readonly kind: 'status';
      readonly items: ReadonlyArray<{ id: string; n: number; counts: Record<StatusRating, number> }>;
    }
  | {
      readonly kind: 'approval';
      /** `share`: approvals over the ballots counted (0 to 1, three decimals; 0 when there are none). */
      readonly items: ReadonlyArray<Ranked & { approvals: number; share: number }>;
    };
