/** One named ballot as lines a person can read: "Clean water ×3", "1. Parks", "Parks: Impact 4 · Feasibility 2". */
import type { Ballot, Criterion, StatusRating } from '@majlis/shared';

export interface BallotWords {
  readonly labelOf: (id: string) => string;
  readonly criteria: readonly Criterion[];
  readonly rating: (rating: StatusRating) => string;
}

/** Keeps "×3" and "1." whole in Arabic lines, where the bidi rules would draw them "3×" and ".1". */
const ltr = (text: string) => `\u2066${text}\u2069`;

/** The lines of a ballot, biggest allocation first for dots, in the voter's order for a ranking. */
export function ballotLines(ballot: Ballot, words: BallotWords): string[] {
  switch (ballot.kind) {
    case 'dots':
      return Object.entries(ballot.allocations)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .map(([id, n]) => `${words.labelOf(id)} ${ltr(`×${n}`)}`);
    case 'rank':
      return ballot.order.map((id, i) => `${ltr(`${i + 1}.`)} ${words.labelOf(id)}`);
    case 'score':
      return Object.entries(ballot.scores).map(([id, scores]) => {
        const parts = words.criteria.map((c) => `${c.label} ${scores[c.id] ?? '–'}`);
        return `${words.labelOf(id)}: ${parts.join(' · ')}`;
      });
    case 'poll':
      return ballot.choices.map(words.labelOf);
    case 'status':
      return Object.entries(ballot.ratings).map(([id, r]) => `${words.labelOf(id)}: ${words.rating(r)}`);
    default: {
      const unreachable: never = ballot;
      return [String(unreachable)];
    }
  }
}
