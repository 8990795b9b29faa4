import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** Denser layouts, tried in order until the list fits: fewer details, more columns, smaller type
 * (never below the 32 px floor the room can read from 15 m). */
export const DENSITY_LEVELS = 4;

export interface BoardFit {
  /** 0 is the roomiest layout, DENSITY_LEVELS - 1 the densest. */
  readonly level: number;
  /** Items per page once even the densest layout overflows; null while everything fits. */
  readonly pageSize: number | null;
}

interface State extends BoardFit {
  readonly key: string;
}

/** How many children of `list` are fully visible inside it. */
function countFitting(list: HTMLElement): number {
  let fitting = 0;
  for (const child of Array.from(list.children) as HTMLElement[]) {
    if (child.offsetTop + child.offsetHeight > list.clientHeight + 1) break;
    fitting++;
  }
  return fitting;
}

/**
 * Finds the roomiest layout in which the list does not overflow its box, then paginates. It measures
 * the real DOM in layout effects, so the steps happen before paint and nobody sees them. `key`
 * changes whenever the content might need a different layout (items added, text edited, stage).
 */
export function useBoardFit(listRef: RefObject<HTMLElement | null>, key: string): BoardFit {
  const [fontsReady, setFontsReady] = useState(() => document.fonts?.status === 'loaded');
  const fullKey = `${key}|${fontsReady}`;
  const [state, setState] = useState<State>({ key: fullKey, level: 0, pageSize: null });
  const fit: State = state.key === fullKey ? state : { key: fullKey, level: 0, pageSize: null };

  useEffect(() => {
    if (fontsReady || !document.fonts) return;
    let active = true;
    void document.fonts.ready.then(() => active && setFontsReady(true));
    return () => {
      active = false;
    };
  }, [fontsReady]);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const overflowing = list.scrollHeight > list.clientHeight + 1;
    if (!overflowing) {
      if (fit !== state) setState(fit);
      return;
    }
    if (fit.level < DENSITY_LEVELS - 1) {
      setState({ ...fit, level: fit.level + 1 });
      return;
    }
    const fitting = Math.max(1, countFitting(list));
    if (fit.pageSize === null || fitting < fit.pageSize) setState({ ...fit, pageSize: fitting });
  });

  return fit;
}
