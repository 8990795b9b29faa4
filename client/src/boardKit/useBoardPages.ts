import { usePager } from './usePager';

export interface BoardPages {
  readonly page: number;
  readonly pageCount: number;
  readonly pageSize: number;
}

/**
 * Splits `count` cards into balanced pages of at most `capacity` (20 cards on a 9-card screen: 7, 7,
 * 6 rather than 9, 9, 2) and picks the page to show: the one holding `focusIndex` (the newest idea,
 * so the room sees it arrive), turning by itself when `rotate` is on.
 */
export function useBoardPages(
  count: number,
  capacity: number | null,
  focusIndex: number,
  rotate: boolean,
): BoardPages {
  const fits = capacity ?? Math.max(1, count);
  const pageCount = Math.max(1, Math.ceil(count / fits));
  const pageSize = Math.ceil(count / pageCount) || 1;
  const page = usePager(pageCount, Math.floor(Math.max(0, focusIndex) / pageSize), rotate);
  return { page, pageCount, pageSize };
}

/** Index of the most recently created of `items` (the last one on ties), or -1 when there are none. */
export function newestIndex(items: readonly { readonly createdAt: number }[]): number {
  let best = -1;
  items.forEach((item, i) => {
    const newest = items[best];
    if (!newest || item.createdAt >= newest.createdAt) best = i;
  });
  return best;
}
