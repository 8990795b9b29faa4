import {
  type CSSProperties,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { balancedPacking, type PackedBlock, type PackGroup, type Packing, packColumns } from './columnPack';
import type { Position } from './useFlip';
import { useFontsReady } from './useFontsReady';

/**
 * One way of showing the ideas, roomiest first (details, then tags, then titles alone), with the
 * range its type may take. A layout is chosen in the first tier whose type fits at its `minFont`.
 */
export interface FitTier {
  /** Board px of the idea titles; the last tier's is the floor the back of the room can read. */
  readonly minFont: number;
  readonly maxFont: number;
  /** A column is never narrower than this many times the font size (about 20 characters). */
  readonly minColumnEm: number;
  readonly maxColumns: number;
  /** Gaps in em of the font: between columns, between ideas, before a group's heading. */
  readonly gaps: { readonly column: number; readonly item: number; readonly group: number };
}

export interface ColumnFit {
  readonly tier: number;
  /** The idea titles' size in board px (CSS reads `--fit-font`). */
  readonly font: number;
  readonly columns: number;
  readonly columnWidth: number;
  readonly columnGap: number;
  /** Where each block goes; null before the first fit (everything is hidden until then). */
  readonly packing: Packing | null;
  /** Each block of the packing by `group.item` (`group.-1` for a heading). */
  readonly placeOf: ReadonlyMap<string, PackedBlock>;
  /** Space the pager takes at the foot of the box while there are pages. */
  readonly pagerSpace: number;
  /** As useFlip wants it: whether this render is the one that will be painted. */
  readonly isSettled: () => boolean;
}

interface Result {
  readonly font: number;
  readonly columns: number;
  readonly packing: Packing;
}

interface State {
  readonly key: string;
  readonly tier: number;
  readonly result: Result | null;
  /** What the last fit was for, to tell a growing list (keep the tier) from anything else. */
  readonly count: number;
  readonly width: number;
  readonly height: number;
}

/** Room kept at the foot of the box for the pager (board px; board-items.css sizes it). */
const PAGER_SPACE = 60;

/** From this many ideas, balanced columns keep room for the next ones (see commit below). */
const ROOMY_FROM = 24;

const averageIdea = (groups: readonly PackGroup[]) => {
  const heights = groups.flatMap((g) => g.items);
  return heights.length === 0 ? 0 : heights.reduce((a, b) => a + b, 0) / heights.length;
};

/** Gaps grow with the type, so a page of large cards does not look cramped, nor small ones loose. */
const gapsFor = (tier: FitTier, font: number) => ({
  column: Math.round(font * tier.gaps.column),
  item: Math.round(font * tier.gaps.item),
  group: Math.round(font * tier.gaps.group),
});

const columnWidthOf = (tier: FitTier, width: number, columns: number, font: number) =>
  (width - (columns - 1) * gapsFor(tier, font).column) / columns;

/**
 * The heights of every `[data-pack]` block in the box, as the packing wants them: each group's
 * heading, its repeated heading (`cont`) and its ideas, by `data-pack-group` and `data-pack-index`.
 * Layout heights (offsetHeight), which the board's scaling to the screen does not change (it may
 * still be scale 0 on the first fit), rounded up: offsetHeight rounds to the nearest pixel.
 */
function measure(box: HTMLElement): PackGroup[] {
  const groups: Array<{ head: number; cont: number; items: number[] }> = [];
  for (const el of Array.from(box.querySelectorAll<HTMLElement>('[data-pack]'))) {
    const g = Number(el.dataset.packGroup ?? 0);
    const group = groups[g] ?? { head: 0, cont: 0, items: [] };
    groups[g] = group;
    const h = el.offsetHeight + 0.5;
    const kind = el.dataset.pack;
    if (kind === 'head') group.head = h;
    else if (kind === 'cont') group.cont = h;
    else group.items[Number(el.dataset.packIndex ?? 0)] = h;
  }
  return Array.from(groups, (g) => g ?? { head: 0, cont: 0, items: [] });
}

/**
 * Fills the board before it pages: the largest type at which every idea fits on one screen, in the
 * roomiest tier that allows it, in as few columns as give that type; only when even the last tier's
 * floor does not fit, pages (balanced, with room for the pager). The box holds every block
 * absolutely placed (`[data-pack]`, sized by `--fit-font` and `--col-w`), so trying a size is
 * setting two variables and reading the heights back: no React render per try, one layout per try,
 * all of it in a layout effect before paint. A list that grows keeps its tier and its size while
 * the ideas still fit, so a new idea costs one measurement, whatever the length of the list.
 */
export function useColumnFit(
  boxRef: RefObject<HTMLElement | null>,
  key: string,
  tiers: readonly FitTier[],
  /** How many ideas there are: a list that only grew keeps its tier. */
  count: number,
): ColumnFit {
  const fontsReady = useFontsReady();
  const fullKey = `${key}|${fontsReady}`;
  const [state, setState] = useState<State>({
    key: '',
    tier: 0,
    result: null,
    count: 0,
    width: 0,
    height: 0,
  });
  const settled = useRef(false);
  const isSettled = useCallback(() => settled.current, []);
  const [, setResized] = useState(0);

  // A new board size (another projector, the timer appearing) means a new fit: the layout effect
  // below compares the size on every render; this only makes sure there is a render.
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setResized((n) => n + 1));
    observer.observe(box);
    return () => observer.disconnect();
  }, [boxRef]);

  useLayoutEffect(() => {
    const box = boxRef.current;
    settled.current = false;
    if (!box) return;
    const width = box.clientWidth;
    const height = box.clientHeight;
    const current = state.key === fullKey && state.width === width && state.height === height;
    if (current && state.result) {
      settled.current = true;
      return;
    }
    const grew = count > state.count && state.width === width && state.height === height;
    // Anything but a longer list (fewer ideas, edits, another size) may fit a roomier tier again.
    if (!current && !grew && state.tier !== 0) {
      setState({ key: fullKey, tier: 0, result: null, count, width, height });
      return;
    }
    const tier = tiers[state.tier] ?? tiers[tiers.length - 1];
    if (!tier) return;
    // Setting a variable to the value it has still makes the browser restyle every block that uses
    // it; a new idea at the size the list already has must cost a layout of that idea only.
    const size = (font: number, columns: number) => {
      const fontValue = `${font}px`;
      const widthValue = `${columnWidthOf(tier, width, columns, font)}px`;
      if (box.style.getPropertyValue('--fit-font') !== fontValue)
        box.style.setProperty('--fit-font', fontValue);
      if (box.style.getPropertyValue('--col-w') !== widthValue) box.style.setProperty('--col-w', widthValue);
    };
    // The heights at the size last tried: committing to that size needs no second reading.
    let measured: { font: number; columns: number; groups: PackGroup[] } | null = null;
    const measureAt = (font: number, columns: number) => {
      size(font, columns);
      if (measured?.font !== font || measured.columns !== columns)
        measured = { font, columns, groups: measure(box) };
      return measured.groups;
    };
    const trial = (columns: number, font: number, pageHeight: number) =>
      packColumns(measureAt(font, columns), pageHeight, columns, gapsFor(tier, font));
    // Whether everything fits on `pages` pages (one page has no pager to leave room for).
    const fits = (columns: number, font: number, pages = 1) => {
      if (columnWidthOf(tier, width, columns, font) < tier.minColumnEm * font) return false;
      const packing = trial(columns, font, pages > 1 ? height - PAGER_SPACE : height);
      return packing.pages <= pages && !packing.overflow;
    };
    // `keep`: the column height on screen, for a list that grew at the same size (balancedPacking).
    const commit = (columns: number, font: number, pages: number, keep?: Packing) => {
      const pageHeight = pages > 1 ? height - PAGER_SPACE : height;
      const groups = measureAt(font, columns);
      const gaps = gapsFor(tier, font);
      // A long list is balanced with an idea's room to spare in each column, so the next ideas land
      // at the end and move nothing (a short one looks better even, and costs little to move).
      const slack = count >= ROOMY_FROM ? averageIdea(groups) + gaps.item : 0;
      const packing = balancedPacking(groups, pageHeight, columns, gaps, { keep, slack });
      setState({ key: fullKey, tier: state.tier, result: { font, columns, packing }, count, width, height });
    };
    // The largest type that fits on `pages` pages, in as few columns as give it (more columns only for
    // type at least 2 px larger: fewer, longer lines read better); null if even the floor does not.
    const largest = (pages: number, fewestColumns = 1) => {
      let best: { columns: number; font: number } | null = null;
      for (let columns = fewestColumns; columns <= tier.maxColumns; columns++) {
        if (!fits(columns, tier.minFont, pages)) continue;
        let lo = tier.minFont;
        let hi = tier.maxFont;
        while (lo < hi) {
          const mid = Math.ceil((lo + hi) / 2);
          if (fits(columns, mid, pages)) lo = mid;
          else hi = mid - 1;
        }
        if (!best || lo >= best.font + 2) best = { columns, font: lo };
      }
      return best;
    };

    // A longer list in the same tier keeps its size while it still fits its pages (more ideas never
    // make room for larger type): a new idea then costs one measurement of the ideas as they are,
    // where only the new one needs laying out, however long the list, and it lands at the end of
    // the columns as they are, so no other idea moves (and none is restyled).
    const last = state.result;
    const wasPaged = grew && last !== null && last.packing.pages > 1;
    if (grew && last && fits(last.columns, last.font, last.packing.pages)) {
      commit(last.columns, last.font, last.packing.pages, last.packing);
      return;
    }
    // A paged list that outgrew its pages takes one more page at the same size: no search (a dozen
    // layouts of the whole list), and the type the room is reading does not jump.
    if (wasPaged && last && fits(last.columns, last.font, last.packing.pages + 1)) {
      commit(last.columns, last.font, last.packing.pages + 1);
      return;
    }
    // A list that needed pages and only grew needs them still: straight to the pages.
    const onePage = wasPaged ? null : largest(1);
    if (onePage) {
      commit(onePage.columns, onePage.font, 1);
      return;
    }
    if (state.tier < tiers.length - 1 && !wasPaged) {
      setState({ key: fullKey, tier: state.tier + 1, result: null, count, width, height });
      return;
    }
    // Pages: as few as the floor allows in as many columns as it allows, then the largest type that
    // still needs no more of them, so the pages are full rather than half empty.
    let columns = tier.maxColumns;
    while (columns > 1 && columnWidthOf(tier, width, columns, tier.minFont) < tier.minColumnEm * tier.minFont)
      columns--;
    const fewest = trial(columns, tier.minFont, height - PAGER_SPACE).pages;
    // A list long enough for pages reads best in the most columns: only the widest few are tried.
    const paged = largest(fewest, Math.max(1, columns - 2)) ?? { columns, font: tier.minFont };
    commit(paged.columns, paged.font, fewest);
  });

  const tier = tiers[state.tier] ?? (tiers[0] as FitTier);
  const font = state.result?.font ?? tier.minFont;
  const columns = state.result?.columns ?? 1;
  const packing = state.result?.packing ?? null;
  const placeOf = useMemo(() => {
    const map = new Map<string, PackedBlock>();
    for (const b of packing?.blocks ?? []) if (!b.continued) map.set(`${b.group}.${b.item}`, b);
    return map;
  }, [packing]);
  return {
    tier: state.tier,
    font,
    columns,
    columnWidth: columnWidthOf(tier, state.width, columns, font),
    columnGap: gapsFor(tier, font).column,
    packing,
    placeOf,
    pagerSpace: PAGER_SPACE,
    isSettled,
  };
}

/** Where a packed block is drawn, in primitives (so a memoised card re-renders only when it moves). */
export interface BlockPlace {
  /** From the start side: Arabic columns run right to left. */
  readonly x: number;
  readonly y: number;
  /** On the page shown; a block off it keeps its box (it is measured) but is hidden. */
  readonly shown: boolean;
}

export function placeOfBlock(fit: ColumnFit, block: PackedBlock | undefined, page: number): BlockPlace {
  if (!block) return { x: 0, y: 0, shown: false };
  return { x: block.column * (fit.columnWidth + fit.columnGap), y: block.y, shown: block.page === page };
}

/**
 * Where the packing puts each card, by its flip key, for useFlip: `cards` pairs a card's flip key with
 * its block's key (`group.item`). Cards the packing has not placed are left to useFlip to measure.
 */
export function placesByFlipKey(
  fit: ColumnFit,
  cards: Iterable<readonly [flipKey: string, blockKey: string]>,
): ReadonlyMap<string, Position> {
  const places = new Map<string, Position>();
  for (const [flipKey, blockKey] of cards) {
    const block = fit.placeOf.get(blockKey);
    if (block) places.set(flipKey, { x: block.column * (fit.columnWidth + fit.columnGap), y: block.y });
  }
  return places;
}

/** The style of a placed block; hidden blocks are hidden from screen readers too. */
export function placeStyle(x: number, y: number, shown: boolean): CSSProperties {
  return { insetInlineStart: x, insetBlockStart: y, ...(shown ? {} : { visibility: 'hidden' }) };
}

/** The box's variables for the blocks inside: their type size and column width. */
export function fitVariables(fit: ColumnFit): CSSProperties {
  return { '--fit-font': `${fit.font}px`, '--col-w': `${fit.columnWidth}px` } as CSSProperties;
}
