import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useBoxSize } from './useBoxSize';
import { useFontsReady } from './useFontsReady';

export interface BoardFit {
  /** 0 is the roomiest layout, `levels - 1` the densest. */
  readonly level: number;
  /** What one page holds (cards, or weighted units) once even the densest layout overflows; null
   * while everything fits. */
  readonly pageSize: number | null;
}

interface State extends BoardFit {
  readonly key: string;
}

export interface BoardFitResult extends BoardFit {
  /** In a layout effect declared after this hook: whether this render is the one that will be
   * painted, rather than a trial layout about to be replaced (see useFlip). */
  readonly isSettled: () => boolean;
}

/** The cards the fit is about: every `[data-fit-item]` inside the box, in reading order. */
const cardsIn = (box: HTMLElement) => Array.from(box.querySelectorAll<HTMLElement>('[data-fit-item]'));

/** Whether `el` lies wholly inside `box`. Measured with offsets, which ignore transforms: cards that
 * are still sliding in count where they will end up. Works for grids and for multi-column flow,
 * whose overflow columns lie beyond the box on either side (right in English, left in Arabic). */
function fitsIn(el: HTMLElement, box: HTMLElement): boolean {
  let x = 0;
  let y = 0;
  let node: HTMLElement | null = el;
  while (node && node !== box) {
    x += node.offsetLeft;
    y += node.offsetTop;
    node = node.offsetParent as HTMLElement | null;
  }
  return (
    x >= -1 &&
    y >= -1 &&
    x + el.offsetWidth <= box.clientWidth + 1 &&
    y + el.offsetHeight <= box.clientHeight + 1
  );
}

/** How much of the content, from the start, is fully visible: cards count one each, or their
 * `data-fit-weight` (a group heading counts for more than one idea). */
function countFitting(box: HTMLElement): number {
  let fitting = 0;
  for (const card of cardsIn(box)) {
    if (!fitsIn(card, box)) break;
    fitting += Number(card.dataset.fitWeight ?? 1);
  }
  return fitting;
}

/**
 * Denser layouts are tried in order until the cards fit: fewer details, more columns, smaller type
 * (never below the 32 px floor the room can read from 15 m); `levels` says how many the caller's
 * CSS defines. Finds the roomiest layout in which the cards do not overflow their box, then paginates. It
 * measures the real DOM in layout effects, so the steps happen before paint and nobody sees them.
 * `key` changes whenever the content or the room for it might need a different layout (items added,
 * text edited, stage, timer shown, languages). The box must be positioned (it is the cards'
 * offsetParent).
 */
export function useBoardFit(
  boxRef: RefObject<HTMLElement | null>,
  key: string,
  levels: number,
): BoardFitResult {
  const fontsReady = useFontsReady();
  // Another projector's shape gives the box another size: everything is fitted again.
  const size = useBoxSize(boxRef);
  const fullKey = `${key}|${fontsReady}|${size}`;
  const [state, setState] = useState<State>({ key: fullKey, level: 0, pageSize: null });
  const fit: State = state.key === fullKey ? state : { key: fullKey, level: 0, pageSize: null };
  const settled = useRef(false);
  const isSettled = useCallback(() => settled.current, []);

  useLayoutEffect(() => {
    const box = boxRef.current;
    settled.current = false;
    if (!box) return;
    // Not scrollHeight: it counts cards still sliding in (their transform) as overflow.
    const overflowing = cardsIn(box).some((card) => !fitsIn(card, box));
    if (!overflowing) {
      // Storing a fresh key's state re-renders the same layout: this one is what the room sees.
      if (fit !== state) setState(fit);
      settled.current = true;
      return;
    }
    if (fit.level < levels - 1) {
      setState({ ...fit, level: fit.level + 1 });
      return;
    }
    const fitting = Math.max(1, countFitting(box));
    if (fit.pageSize === null || fitting < fit.pageSize) setState({ ...fit, pageSize: fitting });
    else settled.current = true;
  });

  return { level: fit.level, pageSize: fit.pageSize, isSettled };
}
