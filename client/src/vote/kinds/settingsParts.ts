/**
 * The settings part of every vote kind, for the console. A registry of its own, apart from the
 * ballot parts (ballots.ts) and the results parts (resultsParts.ts), so that each screen's bundle
 * holds only what it renders: the phone never downloads the console's settings editor. A kind
 * missing here, or a part missing from a kind, does not compile.
 */
import type { VoteKind } from '@majlis/shared';
import { approvalSettingsPart } from './approval/settings';
import type { DotsDraft } from './dots/settings';
import { dotsSettingsPart } from './dots/settings';
import type { PollDraft } from './poll/settings';
import { pollSettingsPart } from './poll/settings';
import type { RankDraft } from './rank/settings';
import { rankSettingsPart } from './rank/settings';
import type { ScoreDraft } from './score/settings';
import { scoreSettingsPart } from './score/settings';
import type { SettingsPart } from './settingsPart';
import { statusSettingsPart } from './status/settings';

/**
 * Each kind's own fields of the settings form's draft; a status check has none. A new kind adds its
 * fields here and its part to SETTINGS_PARTS below; leaving either out does not compile.
 */
interface SettingsDrafts {
  readonly dots: DotsDraft;
  readonly rank: RankDraft;
  readonly score: ScoreDraft;
  readonly poll: PollDraft;
  readonly status: object;
  readonly approval: object;
}

type SettingsParts = { readonly [K in VoteKind]: SettingsPart<K, SettingsDrafts[K]> };

export const SETTINGS_PARTS = {
  dots: dotsSettingsPart,
  rank: rankSettingsPart,
  score: scoreSettingsPart,
  poll: pollSettingsPart,
  status: statusSettingsPart,
  approval: approvalSettingsPart,
} as const satisfies SettingsParts;

/** A union's members as one intersection: `A | B` becomes `A & B`. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (all: infer I) => void ? I : never;

/** Every kind's fields of the draft together: the form keeps them all while the kind changes. */
export type KindDrafts = AllOf<SettingsDrafts[VoteKind]>;

/** The settings part of one kind, typed with that kind's ballot and fields of the draft. */
export function settingsPartOf<K extends VoteKind>(kind: K): SettingsPart<K, SettingsDrafts[K]> {
  const parts: SettingsParts = SETTINGS_PARTS;
  return parts[kind];
}
