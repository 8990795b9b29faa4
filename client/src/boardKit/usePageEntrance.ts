import { type RefObject, useLayoutEffect, useRef } from 'react';

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * When the board turns a page, the ideas of the new page rise into place as new ideas do, one
 * after another, so the room sees that the screen changed. Ideas stay mounted across pages (they
 * are only hidden), so their CSS entrance would not play again by itself.
 */
export function usePageEntrance(
  boxRef: RefObject<HTMLElement | null>,
  page: number,
  isSettled: () => boolean,
): void {
  const shown = useRef(page);
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box || !isSettled() || shown.current === page) return;
    shown.current = page;
    if (reducedMotion()) return;
    const visible = Array.from(box.querySelectorAll<HTMLElement>('[data-pack]')).filter(
      (el) => el.style.visibility !== 'hidden',
    );
    visible.forEach((el, i) => {
      el.animate(
        [
          { opacity: 0, transform: 'translateY(28px)' },
          { opacity: 1, transform: 'none' },
        ],
        {
          duration: 450,
          delay: Math.min(i * 12, 400),
          easing: 'cubic-bezier(0.2, 0.7, 0.2, 1)',
          fill: 'backwards',
        },
      );
    });
  });
}
