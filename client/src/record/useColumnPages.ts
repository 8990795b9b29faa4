import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useBoxSize } from '../boardKit/useBoxSize';
import { useFontsReady } from '../boardKit/useFontsReady';
import { columnOf } from './outcomeSections';

export interface ColumnPages {
  /** 0 is the roomiest layout, `levels - 1` the densest. */
  readonly level: number;
  /** The page each card landed on, by its `data-page-key`; null while measuring (every card is
   * rendered then, in the box shortened by `[data-measuring]`). */
  readonly pageOf: ReadonlyMap<string, number> | null;
  readonly pageCount: number;
  /** As useBoardFit's: whether this render is the one that will be painted (see useFlip). */
  readonly isSettled: () => boolean;
}

interface State {
  readonly key: string;
  readonly level: number;
  readonly pageOf: ReadonlyMap<string, number> | null;
}

/** Where `el` lies inside `box`, in the box's own pixels, ignoring transforms (cards sliding in). */
function offsetIn(el: HTMLElement, box: HTMLElement): number {
  let x = 0;
  let node: HTMLElement | null = el;
  while (node && node !== box) {
    x += node.offsetLeft;
    node = node.offsetParent as HTMLElement | null;
  }
  return x;
}

/**
 * Pages for cards of very different heights (an action item with its owner and goals, a line of
 * notes), cut where the layout itself breaks: every card is laid out once in the multi-column box,
 * whose overflow columns go on beyond its edge, and a card's page is its column divided by the
 * columns a page shows. Denser layouts are tried first (`levels` of them in the caller's CSS), then
 * pages. While measuring, the box is a heading shorter (`data-measuring`), so the heading a section
 * repeats on the page where it goes on still fits. All of it happens in layout effects, before paint.
 */
export function useColumnPages(
  boxRef: RefObject<HTMLElement | null>,
  key: string,
  levels: number,
): ColumnPages {
  const fontsReady = useFontsReady();
  // Another projector's shape gives the box another size: everything is fitted again.
  const size = useBoxSize(boxRef);
  const fullKey = `${key}|${fontsReady}|${size}`;
  const [state, setState] = useState<State>({ key: fullKey, level: 0, pageOf: null });
  const fit: State = state.key === fullKey ? state : { key: fullKey, level: 0, pageOf: null };
  const settled = useRef(false);
  const isSettled = useCallback(() => settled.current, []);

  useLayoutEffect(() => {
    const box = boxRef.current;
    settled.current = false;
    if (!box) return;
    if (fit.pageOf) {
      if (fit !== state) setState(fit);
      settled.current = true;
      return;
    }
    const style = getComputedStyle(box);
    const cols = Math.max(1, Number.parseInt(style.columnCount, 10) || 1);
    const gap = Number.parseFloat(style.columnGap) || 0;
    const inner =
      box.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    const step = (inner + gap) / cols;
    const cards = Array.from(box.querySelectorAll<HTMLElement>('[data-page-key]'));
    const first = cards[0] ? offsetIn(cards[0], box) : 0;
    const pageOf = new Map<string, number>();
    for (const card of cards) {
      const column = columnOf(offsetIn(card, box), first, step, style.direction === 'rtl');
      pageOf.set(card.dataset.pageKey ?? '', Math.floor(column / cols));
    }
    const pages = Math.max(0, ...pageOf.values()) + 1;
    if (pages > 1 && fit.level < levels - 1) setState({ ...fit, level: fit.level + 1 });
    else setState({ ...fit, pageOf });
  });

  const pageCount = fit.pageOf ? Math.max(0, ...fit.pageOf.values()) + 1 : 1;
  return { level: fit.level, pageOf: fit.pageOf, pageCount, isSettled };
}
