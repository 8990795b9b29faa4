/**
 * Newspaper columns for the board, computed rather than left to CSS: ideas (under headings, for
 * themes and goals) go down a column and on to the next, and the next page once the columns are
 * full. A heading never ends a column on its own, and a group that goes on in a new column or page
 * gets its heading again ("… continued"), so no idea ever sits under the wrong theme. Pure: the board
 * measures the heights, this decides where everything goes.
 */

/** One group's heights in board px: its heading, its heading where it goes on, and its ideas. */
export interface PackGroup {
  /** 0 for a plain list, which has no headings. */
  readonly head: number;
  /** The heading repeated at the top of a column where the group goes on. */
  readonly cont: number;
  readonly items: readonly number[];
}

/** Vertical space between blocks of a column, in board px. */
export interface PackSpacing {
  /** Between two ideas, and between a heading and its first idea. */
  readonly item: number;
  /** Between a group's last idea and the next group's heading. */
  readonly group: number;
}

export interface PackedBlock {
  readonly group: number;
  /** The idea's index in its group, or -1 for a heading. */
  readonly item: number;
  /** A heading repeated where its group goes on. */
  readonly continued: boolean;
  readonly page: number;
  readonly column: number;
  readonly y: number;
  readonly height: number;
}

export interface Packing {
  /** In reading order: down each column, columns in order, pages in order. */
  readonly blocks: readonly PackedBlock[];
  readonly pages: number;
  /** A block taller than a whole column (it runs past the column's foot). */
  readonly overflow: boolean;
  /** The column height it was packed to: a longer list packed to it again moves no earlier block. */
  readonly columnHeight: number;
}

/**
 * Packs the groups in order into pages of `columns` columns `height` px tall. A group starts a new
 * column when its heading and first idea do not both fit in what is left of the current one; an
 * idea that does not fit goes to the next column, under its group's heading again. Empty groups
 * (a theme with no ideas yet) are a heading alone.
 */
export function packColumns(
  groups: readonly PackGroup[],
  height: number,
  columns: number,
  spacing: PackSpacing,
): Packing {
  const blocks: PackedBlock[] = [];
  const cols = Math.max(1, Math.floor(columns));
  let page = 0;
  let column = 0;
  let y = 0;
  let empty = true;
  let overflow = false;
  // The gap before the next block: none at the top of a column.
  let gapBefore = 0;

  const nextColumn = () => {
    column += 1;
    if (column >= cols) {
      column = 0;
      page += 1;
    }
    y = 0;
    empty = true;
    gapBefore = 0;
  };
  const put = (group: number, item: number, continued: boolean, h: number, gapAfter: number) => {
    const top = empty ? 0 : y + gapBefore;
    if (top + h > height) overflow = true;
    blocks.push({ group, item, continued, page, column, y: top, height: h });
    y = top + h;
    empty = false;
    gapBefore = gapAfter;
  };
  // Whether `h` more px (after the pending gap) still fit in this column.
  const fits = (h: number) => empty || y + gapBefore + h <= height;

  groups.forEach((group, g) => {
    const headed = group.head > 0;
    if (!empty) gapBefore = spacing.group;
    const first = group.items[0];
    if (headed) {
      const withFirst = group.head + (first === undefined ? 0 : spacing.item + first);
      if (!fits(withFirst)) nextColumn();
      put(g, -1, false, group.head, spacing.item);
    }
    group.items.forEach((h, i) => {
      // The first idea was checked together with its heading.
      if (!(headed && i === 0) && !fits(h)) {
        nextColumn();
        if (headed) put(g, -1, true, group.cont, spacing.item);
      }
      put(g, i, false, h, spacing.item);
    });
  });
  return { blocks, pages: blocks.length === 0 ? 1 : page + 1, overflow, columnHeight: height };
}

/** How balancedPacking may leave the columns for a live list (both in board px). */
export interface BalanceOptions {
  /**
   * The packing on screen, for a list that only grew: while the longer list still fits its pages at
   * its column height, that height is kept, so every block already placed stays where
   * it is and only the new ones are placed (at the end). Balancing again would move blocks on every
   * page, to the eye and to the browser, which must restyle and lay out each one it moves.
   */
  readonly keep?: Pick<Packing, 'columnHeight' | 'pages'>;
  /**
   * Room left at the foot of the columns when they are balanced, for ideas still to come: the
   * shortest columns are tight, so the next idea would balance everything again.
   */
  readonly slack?: number;
}

/**
 * The packing with the same number of pages but the shortest columns: ideas spread evenly over the
 * columns (and pages) instead of filling the first ones and leaving a stub. Column height is
 * searched to the pixel; the packing never gets more pages than at the full height.
 */
export function balancedPacking(
  groups: readonly PackGroup[],
  height: number,
  columns: number,
  spacing: PackSpacing,
  { keep, slack = 0 }: BalanceOptions = {},
): Packing {
  const full = packColumns(groups, height, columns, spacing);
  if (full.overflow) return full;
  const within = (h: number, pages = full.pages): Packing | null => {
    if (h > height) return null;
    const packing = packColumns(groups, h, columns, spacing);
    return !packing.overflow && packing.pages <= Math.min(pages, full.pages) ? packing : null;
  };
  const kept = keep === undefined ? null : within(keep.columnHeight, keep.pages);
  if (kept) return kept;
  let best = full;
  let lo = 1;
  let hi = Math.floor(height);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const trial = packColumns(groups, mid, columns, spacing);
    if (!trial.overflow && trial.pages <= full.pages) {
      best = trial;
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return (slack > 0 && within(Math.min(height, best.columnHeight + slack))) || best;
}
