/** A vote result of any kind as a plain table: the one shape every format of the minutes draws. */
import type { Locale } from '../locale.js';
import type { KindResultOf } from '../vote/kinds/voteKindDefinitions.js';
import type { KindResult } from '../vote/tally.js';
import type { VoteKind } from '../vote/voteKinds.js';
import type { MinutesLabels, TargetName } from './kinds/minutesKind.js';
import { minutesKindOf } from './kinds/minutesKinds.js';
import type { MinutesTable } from './model.js';

export type { TargetName } from './kinds/minutesKind.js';
export { rankText } from './kinds/rankText.js';

/**
 * The table of one result, as its kind draws it (kinds/): dots and rank votes give rank, item,
 * points (Borda points for a ranking); a score vote the mean of each criterion, the weighted total
 * and how many scored it; a poll each option's count; a progress rating the count of each rating.
 * Ties show as `2=`.
 */
export function resultTable(
  result: KindResult,
  locale: Locale,
  labels: MinutesLabels,
  name: TargetName,
): MinutesTable {
  return tableOfKind(result.kind, result, locale, labels, name);
}

function tableOfKind<K extends VoteKind>(
  kind: K,
  result: KindResultOf<K>,
  locale: Locale,
  labels: MinutesLabels,
  name: TargetName,
): MinutesTable {
  return minutesKindOf(kind).table(result, locale, labels, name);
}
