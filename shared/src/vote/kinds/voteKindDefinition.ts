/**
 * What a vote kind is made of, without zod (what the phone loads to check a ballot carries none).
 * Each kind's module (dots.ts, rank.ts, …) gives one of these; voteKindDefinitions.ts collects them
 * and the compiler checks that every kind has every part.
 */
import type { Result } from '../../errors.js';
import type { Ballot } from '../ballot.js';
import type { VoteSettings, VoteSource } from '../settingsFields.js';
import type { VoteKind } from '../voteKinds.js';
import type { KindResultOf } from './voteKindDefinitions.js';

/** The ballot of one kind. */
export type BallotOf<K extends VoteKind> = Extract<Ballot, { readonly kind: K }>;

/**
 * What a kind's rules across settings fields look at. A `vote:configure` request may leave the
 * source out (for `withVoteDefaults` to fill); then it is not checked.
 */
export type KindSettingsView = Pick<VoteSettings, 'budget' | 'options'> & { readonly source?: VoteSource };

/** A settings rule broken: the message and the field it is about. */
export interface SettingsIssue {
  readonly message: string;
  readonly path: keyof VoteSettings;
}

/**
 * What a kind's ballots name: the items of its source (a list, an earlier vote's top N, a theme),
 * or options of its own that the vote's settings list.
 */
export type VoteTargets = 'items' | 'options';

/**
 * Kind `K`, whose tally gives `R` (declared in the kind's module: `KindResult` is the union of
 * them, read from the registry; `definitionOf` gives each kind with its own).
 */
export interface VoteKindDefinition<K extends VoteKind, R extends { readonly kind: K } = KindResultOf<K>> {
  /**
   * What this kind votes on. A kind on its own options gets them as its source when none is named
   * (`withVoteDefaults`), and the minutes name its targets by the options' labels.
   */
  readonly votesOn: VoteTargets;
  /**
   * This kind's rules across the settings fields (a dot vote needs a budget, …): none broken is an
   * empty list. The zod schema (settings.ts) reports them; the phone's reader (readVoteSettings.ts)
   * refuses settings that break one.
   */
  readonly settingsIssues: (settings: KindSettingsView) => readonly SettingsIssue[];
  /**
   * The structured check of a ballot of this kind against its vote (the kind itself is already
   * checked): only this vote's targets, within its limits. Returns the ballot in canonical form.
   */
  readonly validateBallot: (
    settings: VoteSettings,
    targets: readonly string[],
    ballot: BallotOf<K>,
  ) => Result<BallotOf<K>>;
  /**
   * The result over some ballots of this kind. `targets` are the vote's items (or, for a poll, its
   * option ids), so items nobody voted for still appear, with zero.
   */
  readonly tally: (settings: VoteSettings, targets: readonly string[], ballots: readonly BallotOf<K>[]) => R;
  /** Items (or options) in result order with their ranks, for a later vote's `top` source. */
  readonly rankedIds: (result: R) => Array<{ id: string; rank: number }>;
}
