import { formatNumber } from '../../../lib/numbers';
import type { ResultsPart } from '../resultsPart';

/** A status review ranks nothing: its rows keep the list's order, each with its split of ratings. */
export const statusResultsPart = {
  rows: () => [],
  hasVotes: (result) => result.items.some((i) => i.n > 0),
  rowIds: (result) => result.items.map((i) => i.id),
  cellOf: (result, id) => result.items.find((i) => i.id === id),
  unranked: () => true,
  formatValue: formatNumber,
  valueText: (_t, n) => formatNumber(n),
  shareOfVoters: false,
  targets: 'items',
  // The chart has its own caption, beside its legend.
  drawing: 'status',
  caption: null,
  rules: (t) => t('results.howTo.status'),
} as const satisfies ResultsPart<'status'>;
