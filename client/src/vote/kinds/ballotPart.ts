/**
 * The ballot part of a vote kind: what the phone needs of each kind to fill in a ballot, check it,
 * word it and read it back. Each kind's `<kind>/ballot.tsx` gives one; ballots.ts collects
 * them, so the phone's generic ballot code (phone/ballot*.ts, BallotForm, …) looks the kind up
 * instead of switching on it.
 */
import type { BallotOf, VoteKind, VoteSettings } from '@majlis/shared';
import type { ComponentType } from 'react';
import type { Translate } from '../../i18n/translate';

/** What the ballot of a kind is given to draw and edit the draft. */
export interface BallotProps<K extends VoteKind> {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly draft: BallotOf<K>;
  readonly labelOf: (id: string) => string;
  /** The stage title, naming the poll's question for screen readers. */
  readonly question: string;
  readonly onChange: (draft: BallotOf<K>) => void;
}

/** What the lines of one's ballot, read back, are given. */
export interface BallotLinesProps<K extends VoteKind> {
  readonly settings: VoteSettings;
  readonly targets: readonly string[];
  readonly ballot: BallotOf<K>;
  readonly labelOf: (id: string) => string;
}

/** How much of the ballot is filled in, for the line above the submit button. */
export interface BallotProgress {
  /** Dots placed, items ranked, scored or rated, options chosen. */
  readonly done: number;
  /** Budget, number to rank, or items to score or rate; for a poll, 1 (or the options when several). */
  readonly of: number;
}

/** Why a draft cannot be sent yet. Each kind has its own codes, each with its own sentence. */
export interface BallotProblem {
  readonly code: string;
  /** The item the problem is about: the phone scrolls it into view. */
  readonly itemId?: string;
}

/** Dots drawn beside the meter: `n` of `of`. */
export interface MeterPips {
  readonly n: number;
  readonly of: number;
}

export interface BallotPart<K extends VoteKind> {
  /** The ballot being filled in. */
  readonly Ballot: ComponentType<BallotProps<K>>;
  /** One's ballot read back, line by line in the kind's terms: dots per item, the order, scores, … */
  readonly SummaryLines: ComponentType<BallotLinesProps<K>>;
  /** A ballot with nothing in it yet. */
  readonly emptyDraft: () => BallotOf<K>;
  /** Whether a value of this kind read from storage has the ballot's shape (its content is fitted after). */
  readonly isShaped: (value: Readonly<Record<string, unknown>>) => boolean;
  /**
   * A kept draft (or a stored ballot) fitted to the vote as it is now: naming only what may be chosen,
   * within the kind's limits.
   */
  readonly fit: (settings: VoteSettings, targets: readonly string[], draft: BallotOf<K>) => BallotOf<K>;
  readonly progress: (
    settings: VoteSettings,
    targets: readonly string[],
    draft: BallotOf<K>,
  ) => BallotProgress;
  /**
   * The first thing, in the kind's terms, that stops the draft from counting; null when nothing does
   * (the shared validation still has the last word).
   */
  readonly problem: (
    settings: VoteSettings,
    targets: readonly string[],
    draft: BallotOf<K>,
  ) => BallotProblem | null;
  /**
   * The sentence for one of the problems `problem` gave. A method, so that each kind can take only its
   * own problem codes: the phone passes a kind's problem to no other kind.
   */
  problemText(t: Translate, problem: BallotProblem, labelOf: (id: string) => string): string;
  /** The ballot as plain data that is equal for ballots that say the same thing (key order, zeros). */
  readonly canonical: (ballot: BallotOf<K>) => unknown;
  /** What the room is asked to do, above the ballot. */
  readonly how: (t: Translate, settings: VoteSettings, targets: readonly string[]) => string;
  /** The line above the button: budget left, or how many are done; empty for none. */
  readonly meter: (
    t: Translate,
    settings: VoteSettings,
    draft: BallotOf<K>,
    progress: BallotProgress,
  ) => string;
  /** Dots beside the meter (a dot vote's budget left), or null. */
  readonly meterPips: (settings: VoteSettings, draft: BallotOf<K>) => MeterPips | null;
  /**
   * The button's own words for sending this draft (`update`: it replaces one's earlier ballot), when
   * the kind has some ("Submit: I approve none"); null for the usual "Submit my vote".
   */
  readonly sendText: (t: Translate, draft: BallotOf<K>, update: boolean) => string | null;
}

/** One ballot part for each kind, each typed with its own ballot. */
export type BallotParts = { readonly [K in VoteKind]: BallotPart<K> };
