/**
 * Tallies: pure functions from ballots to results, dispatched to each vote kind's own tally
 * (kinds/<kind>.ts), and the breakdown by stakeholder group that never shows a group of fewer than three voters.
 */
import type { StakeholderGroup } from '../groups.js';
import type { Ballot } from './ballot.js';
import type { BallotOf } from './kinds/voteKindDefinition.js';
import { definitionOf, type KindResult, type KindResultOf } from './kinds/voteKindDefinitions.js';
import type { VoteSettings } from './settingsFields.js';
import type { VoteKind } from './voteKinds.js';

export type { Ranked } from './kinds/rankBy.js';
export type { KindResult } from './kinds/voteKindDefinitions.js';

/** One counted ballot: what was cast and by which group (never who). */
export interface CountedBallot {
  readonly group: StakeholderGroup;
  readonly ballot: Ballot;
}

/** The smallest group shown on its own; smaller ones are pooled so nobody is identifiable. */
export const MIN_GROUP_SIZE = 3;

export interface GroupResult {
  /** A stakeholder group, or `other` for the pool of groups too small to show. */
  readonly group: StakeholderGroup | 'other';
  readonly voters: number;
  readonly result: KindResult;
}

export interface VoteResults {
  readonly voters: number;
  readonly overall: KindResult;
  readonly byGroup: readonly GroupResult[];
}

/**
 * The result of one kind over some ballots. `targets` are the vote's items (or, for a poll, its
 * option ids), so items nobody voted for still appear, with zero.
 */
export function tallyKind(
  settings: VoteSettings,
  targets: readonly string[],
  ballots: readonly Ballot[],
): KindResult {
  return tallyOfKind(settings.kind, settings, targets, ballots);
}

function tallyOfKind<K extends VoteKind>(
  kind: K,
  settings: VoteSettings,
  targets: readonly string[],
  ballots: readonly Ballot[],
): KindResult {
  // Ballots of another kind count for nothing (a vote's kind is fixed once it opens).
  const own = ballots.filter((b): b is BallotOf<K> => b.kind === kind);
  return definitionOf(kind).tally(settings, targets, own);
}

/** Items (or options) in result order with their ranks, for any kind (what a `top` source takes). */
export function rankedIdsOf(result: KindResult): Array<{ id: string; rank: number }> {
  return rankedIdsOfKind(result.kind, result);
}

function rankedIdsOfKind<K extends VoteKind>(
  kind: K,
  result: KindResultOf<K>,
): Array<{ id: string; rank: number }> {
  return definitionOf(kind).rankedIds(result);
}

/**
 * Overall results and each group's beside them. Groups with fewer than MIN_GROUP_SIZE voters are
 * pooled into `other` (with the real `other` group). If that pool is still too small, the smallest
 * shown groups join it: otherwise the overall result minus the shown groups would give away the
 * ballots of the one or two people in the pool. So every shown group has at least three voters,
 * and the shown groups always add up to everyone (or nothing is shown, below three voters).
 */
export function tallyVote(
  settings: VoteSettings,
  targets: readonly string[],
  counted: readonly CountedBallot[],
): VoteResults {
  const overall = tallyKind(
    settings,
    targets,
    counted.map((c) => c.ballot),
  );
  const byGroup = new Map<StakeholderGroup, Ballot[]>();
  for (const { group, ballot } of counted) {
    const list = byGroup.get(group) ?? [];
    list.push(ballot);
    byGroup.set(group, list);
  }
  const large: Array<[StakeholderGroup, Ballot[]]> = [];
  const pool: Ballot[] = [];
  for (const [group, ballots] of byGroup) {
    if (group === 'other' || ballots.length < MIN_GROUP_SIZE) pool.push(...ballots);
    else large.push([group, ballots]);
  }
  large.sort((a, b) => a[1].length - b[1].length);
  while (pool.length > 0 && pool.length < MIN_GROUP_SIZE && large.length > 0) {
    pool.push(...(large.shift()?.[1] ?? []));
  }
  const shown: GroupResult[] = large.map(([group, ballots]) => ({
    group,
    voters: ballots.length,
    result: tallyKind(settings, targets, ballots),
  }));
  if (pool.length >= MIN_GROUP_SIZE) {
    shown.push({ group: 'other', voters: pool.length, result: tallyKind(settings, targets, pool) });
  }
  return { voters: counted.length, overall, byGroup: shown };
}
