import type { ReactNode } from 'react';
import { QUADRANTS, type Quadrant } from '../../results/matrix';
import type { Box } from './matrixLabels';

interface Props {
  /** The chart's class; each quadrant's area is `<className>`'s `areaClass`, and `--<quadrant>`. */
  readonly className: string;
  readonly areaClass: string;
  /** Where each quadrant's shaded area is, in the chart's units. */
  readonly area: Record<Quadrant, Box>;
  readonly viewBox: string;
  /** Board px, when the chart is drawn at its own size (the console's scales with its box). */
  readonly width?: number;
  readonly height?: number;
  /** Everything drawn over the quadrants: their names, the axes, the points. */
  readonly children: ReactNode;
}

/**
 * The 2 × 2 matrix's picture, on the board and in the console: drawn left to right in both
 * languages (its axes are impact up and feasibility across), hidden from screen readers (its text
 * equivalent stands beside it), its four quadrants shaded under whatever the screen draws on them.
 */
export function MatrixChart({ className, areaClass, area, viewBox, width, height, children }: Props) {
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={viewBox}
      direction="ltr"
      aria-hidden="true"
      focusable="false"
    >
      {QUADRANTS.map((q) => (
        <rect
          key={q}
          className={`${areaClass} ${areaClass}--${q}`}
          x={area[q].x}
          y={area[q].y}
          width={area[q].width}
          height={area[q].height}
        />
      ))}
      {children}
    </svg>
  );
}
