/** A vote result of any kind as a plain table: the one shape every format of the minutes draws. */
import type { Locale } from '../locale.js';
import type { KindResult, Ranked } from '../vote/tally.js';
import { STATUS_RATINGS } from '../vote/voteKinds.js';
import { STATUS_RATING_LABELS } from './minutesLabels.js';
import type { MinutesLabel, MinutesTable } from './model.js';

/** How an item or a poll option is called in the table. */
export type TargetName = (id: string) => string;

/** A rank as the minutes write it: `2=` when another entry shares it. */
export function rankText(r: Ranked): string {
  return r.tied ? `${r.rank}=` : String(r.rank);
}

/** A mean or a weighted total, two decimals. */
const decimal = (n: number): string => n.toFixed(2);

/**
 * The table of one result: dots and rank votes give rank, item, points (Borda points for a
 * ranking); a score vote the mean of each criterion, the weighted total and how many scored it; a
 * poll each option's count; a progress rating the count of each rating. Ties show as `2=`.
 */
export function resultTable(
  result: KindResult,
  locale: Locale,
  labels: Readonly<Record<MinutesLabel, string>>,
  name: TargetName,
): MinutesTable {
  switch (result.kind) {
    case 'dots':
    case 'rank':
      return {
        columns: [labels.rank, labels.item, result.kind === 'dots' ? labels.points : labels.bordaPoints],
        rows: result.items.map((e) => [rankText(e), name(e.id), String(e.points)]),
      };
    case 'score':
      return {
        columns: [
          labels.rank,
          labels.item,
          ...result.criteria.map((c) => c.label),
          labels.totalScore,
          labels.responses,
        ],
        rows: result.items.map((e) => [
          rankText(e),
          name(e.id),
          ...result.criteria.map((c) => decimal(e.means[c.id] ?? 0)),
          decimal(e.total),
          String(e.n),
        ]),
      };
    case 'poll':
      return {
        columns: [labels.rank, labels.option, labels.count],
        rows: result.options.map((o) => [rankText(o), name(o.id), String(o.count)]),
      };
    case 'status':
      return {
        columns: [
          labels.item,
          ...STATUS_RATINGS.map((r) => STATUS_RATING_LABELS[r][locale]),
          labels.responses,
        ],
        rows: result.items.map((e) => [
          name(e.id),
          ...STATUS_RATINGS.map((r) => String(e.counts[r] ?? 0)),
          String(e.n),
        ]),
      };
    default: {
      const unreachable: never = result;
      throw new Error(`unknown result kind ${String(unreachable)}`);
    }
  }
}
