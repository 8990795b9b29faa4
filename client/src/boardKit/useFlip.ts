import { type RefObject, useLayoutEffect, useRef } from 'react';

/** How long a card takes to glide to its new place; long enough for the room to follow it. */
const MOVE_MS = 650;

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Where `el` sits inside `container`, in the container's own (unscaled) pixels, ignoring transforms,
 * so a card caught mid-glide is measured where it will be, and the board's scaling does not matter. */
function positionIn(el: HTMLElement, container: HTMLElement): Position {
  let x = 0;
  let y = 0;
  let node: HTMLElement | null = el;
  while (node && node !== container) {
    x += node.offsetLeft;
    y += node.offsetTop;
    node = node.offsetParent as HTMLElement | null;
  }
  return { x, y };
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * FLIP: when the same cards (`data-flip-key`) land in new places after a render (ranks changed, an
 * idea moved to another theme), each glides from where it was instead of jumping, so the room can
 * follow what moved. A card that appears for the first time keeps its own entrance animation.
 * Call it after useBoardFit and pass its `isSettled`, so only painted layouts count.
 * `layout` names the arrangement (page, density): when it changes, cards are re-placed without
 * gliding, since nothing moved in the room's eyes.
 */
export function useFlip(
  containerRef: RefObject<HTMLElement | null>,
  layout: string,
  isSettled: () => boolean = () => true,
  /**
   * Where each card is placed, by flip key, in the container's pixels from its inline start, when the
   * caller knows it (a packing): reading it from the layout instead would force one more layout of
   * every card per change, which on a long list is most of what a new idea costs.
   */
  placed?: ReadonlyMap<string, Position>,
): void {
  const last = useRef<{ layout: string; positions: Map<string, Position> }>({ layout, positions: new Map() });

  useLayoutEffect(() => {
    const container = containerRef.current;
    // A trial layout of the fitting is never painted: neither glide from it nor remember it.
    if (!container || !isSettled()) return;
    const next = new Map<string, Position>();
    const animate = last.current.layout === layout && !reducedMotion();
    // Inline-start offsets run leftwards in a right-to-left container; a transform does not.
    const flipX = placed && getComputedStyle(container).direction === 'rtl' ? -1 : 1;
    for (const el of Array.from(container.querySelectorAll<HTMLElement>('[data-flip-key]'))) {
      const key = el.dataset.flipKey ?? '';
      const now = placed?.get(key) ?? positionIn(el, container);
      next.set(key, now);
      const before = last.current.positions.get(key);
      if (!animate || !before) continue;
      const dx = (before.x - now.x) * flipX;
      const dy = before.y - now.y;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
      // A card that React re-created in another group would also play its entrance; the glide says
      // more, so the entrance is skipped for it.
      el.style.animation = 'none';
      el.animate([{ transform: `translate(${dx}px, ${dy}px)` }, { transform: 'none' }], {
        duration: MOVE_MS,
        easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)',
      });
    }
    last.current = { layout, positions: next };
  });
}
