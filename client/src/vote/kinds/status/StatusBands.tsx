import type { StatusRating } from '@majlis/shared';
import type { ReactNode } from 'react';
import type { StatusShare } from '../../results/statusShares';

interface Props {
  readonly shares: readonly StatusShare[];
  /** The bar's class, and each band's by its rating: each screen draws the bar in its own style. */
  readonly className: string;
  readonly bandClass: (rating: StatusRating) => string;
  /** What a band shows inside it, if anything (the board prints the count on a wide band). */
  readonly label?: (share: StatusShare) => ReactNode;
  /** Shown in the bar after the bands (the board's "no votes" on an empty bar). */
  readonly children?: ReactNode;
}

/**
 * One priority's ratings as a stacked bar, a band per rating that got any, as wide as its count, in
 * the order of the scale. Decoration: the numbers beside it are the text, so it is hidden from
 * screen readers. The board, the console and the phone draw it with this one component.
 */
export function StatusBands({ shares, className, bandClass, label, children }: Props) {
  return (
    <span className={className} aria-hidden="true">
      {shares
        .filter((s) => s.count > 0)
        .map((s) => (
          <span key={s.rating} className={bandClass(s.rating)} style={{ flexGrow: s.count }}>
            {label?.(s)}
          </span>
        ))}
      {children}
    </span>
  );
}

/** The console's band: a swatch of the rating's colour. */
export const consoleBand = (rating: StatusRating) => `vote-stack__part vote-swatch--${rating}`;
