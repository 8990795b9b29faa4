import type { Box } from '../../../board/resultsLayout';
import { textWidth } from '../../../board/textWidth';

interface Props {
  readonly plot: Box;
  /** Scale value (1–5) to board px, across and up. */
  readonly px: (v: number) => number;
  readonly py: (v: number) => number;
  /** The drawing's height: the x-axis name sits on its last line. */
  readonly height: number;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly direction: 'ltr' | 'rtl';
}

const TICKS = [1, 2, 3, 4, 5];
/** The axis names' font, as board-vote-score.css sets it, for measuring. */
const AXIS_FONT = '700 34px "IBM Plex Sans Arabic", sans-serif';
/** An arrow 28 px long pointing along +x from the origin; rotated for the vertical axis. */
const ARROW = 'M0 0 H28 M18 -9 L28 0 L18 9';
const arrow = (x: number, y: number, rotate: number) => (
  <path className="results-matrix__arrow" d={ARROW} transform={`translate(${x} ${y}) rotate(${rotate})`} />
);

/** The matrix's number lines: ticks 1–5 on both axes, the criteria's names, and a drawn arrow
 * towards "higher" on each, so the direction reads the same whatever the language. */
export function ResultsMatrixAxes({ plot, px, py, height, xLabel, yLabel, direction }: Props) {
  // Names are centred on measured widths: SVG anchors "start" and "end" turn with the direction, and
  // the arrows must sit right beside the words in both languages.
  const xWidth = textWidth(xLabel, AXIS_FONT);
  const yWidth = textWidth(yLabel, AXIS_FONT);
  const xMid = plot.x + plot.width / 2;
  return (
    <g className="results-matrix__axes">
      {TICKS.map((v) => (
        <g key={v} className="results-matrix__tick">
          <text x={px(v)} y={plot.y + plot.height + 36} textAnchor="middle">
            {v}
          </text>
          <text x={plot.x - 14} y={py(v) + 11} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      {/* Across: the name centred under the ticks, the arrow after it on the right (higher). */}
      <text
        className="results-matrix__axis"
        x={xMid - 20}
        y={height - 14}
        textAnchor="middle"
        direction={direction}
      >
        {xLabel}
      </text>
      {arrow(xMid - 20 + xWidth / 2 + 12, height - 26, 0)}
      {/* Up: the arrow above the axis, the name beside it. */}
      {arrow(plot.x - 44, plot.y - 8, -90)}
      <text
        className="results-matrix__axis"
        x={plot.x - 20 + yWidth / 2}
        y={plot.y - 18}
        textAnchor="middle"
        direction={direction}
      >
        {yLabel}
      </text>
    </g>
  );
}
