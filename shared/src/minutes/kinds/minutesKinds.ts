/**
 * The registry of what the minutes know of each vote kind. The generic minutes code (resultTable.ts,
 * voteSettingsLines.ts, buildMinutes.ts) dispatches through it; a kind missing here, or a part
 * missing from a kind, does not compile.
 */
import type { Bilingual } from '../../locale.js';
import { VOTE_KINDS } from '../../vote/kinds/voteKindDefinitions.js';
import type { VoteKind } from '../../vote/voteKinds.js';
import { approvalMinutes } from './approvalMinutes.js';
import { dotsMinutes } from './dotsMinutes.js';
import type { MinutesKind, MinutesKinds } from './minutesKind.js';
import { pollMinutes } from './pollMinutes.js';
import { rankMinutes } from './rankMinutes.js';
import { scoreMinutes } from './scoreMinutes.js';
import { statusMinutes } from './statusMinutes.js';

export const MINUTES_KINDS = {
  dots: dotsMinutes,
  rank: rankMinutes,
  score: scoreMinutes,
  poll: pollMinutes,
  status: statusMinutes,
  approval: approvalMinutes,
} as const satisfies MinutesKinds;

/** The minutes part of one kind, typed with that kind's result. */
export function minutesKindOf<K extends VoteKind>(kind: K): MinutesKind<K> {
  const kinds: MinutesKinds = MINUTES_KINDS;
  return kinds[kind];
}

/** Each vote method's name, in both languages. */
export const VOTE_METHOD_LABELS: Readonly<Record<VoteKind, Bilingual>> = Object.fromEntries(
  VOTE_KINDS.map((kind) => [kind, MINUTES_KINDS[kind].method]),
) as Record<VoteKind, Bilingual>;
