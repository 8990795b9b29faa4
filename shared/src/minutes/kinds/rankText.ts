/** How the cells of a result table write ranks and decimals. */
import type { Ranked } from '../../vote/kinds/rankBy.js';

/** A rank as the minutes write it: `2=` when another entry shares it. */
export function rankText(r: Ranked): string {
  return r.tied ? `${r.rank}=` : String(r.rank);
}

/** A mean or a weighted total, two decimals. */
export const decimal = (n: number): string => n.toFixed(2);
