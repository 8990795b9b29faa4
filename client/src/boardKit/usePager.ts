import { useEffect, useState } from 'react';

const PAGE_SECONDS = 12;

/**
 * Which page of a long list the board shows. Turns by itself so the room sees every idea, and jumps
 * to `focusPage` (where the newest idea landed) whenever that changes; null leaves the page be.
 */
export function usePager(pageCount: number, focusPage: number | null, rotate: boolean): number {
  const [page, setPage] = useState(focusPage ?? 0);

  // null: the newest idea is not placed yet (the render between its arrival and the board's fit);
  // falling back to the first page there flicked the board to it and back on every new idea.
  useEffect(() => {
    if (focusPage !== null) setPage(focusPage);
  }, [focusPage]);

  // A timeout per page rather than an interval, so a jump to a new idea gets its full time on screen.
  useEffect(() => {
    if (!rotate || pageCount <= 1) return;
    const timer = window.setTimeout(() => setPage((page + 1) % pageCount), PAGE_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [rotate, pageCount, page]);

  return Math.min(page, Math.max(0, pageCount - 1));
}
