import { directionOf, type Locale } from '@majlis/shared';
import { type CSSProperties, useId } from 'react';
import { fontBox, textWidth } from '../../../boardKit/textWidth';
import { useFontsReady } from '../../../boardKit/useFontsReady';
import { translatorFor } from '../../../i18n/translate';
import { spreadPoints } from '../../board/resultsLayout';
import {
  matrixAxes,
  matrixPoints,
  QUADRANTS,
  type Quadrant,
  SCALE_MID,
  scoreNumbers,
} from '../../results/matrix';
import type { ScoreResult } from '../../results/rankedRows';
import { criterionLabel } from '../../results/resultsText';
import { MatrixChart } from './MatrixChart';
import { type Box, type MatrixPoint, placeNumbers, placeQuadrantName, type Segment } from './matrixLabels';
import { ResultsMatrixAxes } from './ResultsMatrixAxes';

interface Props {
  readonly result: ScoreResult;
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  /** The drawing's size in board pixels: it draws at 1:1 so its text keeps the sizes set here. */
  readonly width: number;
  readonly height: number;
}

/** A point: small, so it sits exactly where its means put it; its number is the label beside it. */
const POINT_R = 11;
// The labels' fonts, as board-vote-score.css sets them, for measuring.
const NUMBER_FONT = '700 32px "IBM Plex Sans Arabic", sans-serif';
const NAME_FONT = '700 32px "IBM Plex Sans Arabic", sans-serif';
/** The midlines' stroke, as board-vote-score.css draws it. */
const MIDLINE = 3;
// Room around the plot for the ticks and the axis names (board px).
const PAD = { start: 64, end: 16, top: 60, bottom: 104 };

const inset = (b: Box, by: number): Box => ({
  x: b.x + by,
  y: b.y + by,
  width: b.width - 2 * by,
  height: b.height - 2 * by,
});

/**
 * The impact × feasibility matrix, readable from the back of the room: impact up, feasibility
 * across, split at the middle of the 1–5 scale into four named quarters; each scored priority a
 * point labelled with its number, the number of its row in the table beside the chart, so every
 * point is named and no title is ever cut. Numbers go beside their points, or further out with a
 * leader line, never over a point, a gridline, a quarter's name or another number (matrixLabels).
 * The axes run as number lines do, low to high left to right, in Arabic too (Western digits, as on
 * every chart the room knows); the arrows are drawn, not typed, so no bidi rule can turn them round.
 * Ties in the means are fanned out, never stacked.
 */
export function ResultsMatrix({ result, labelOf, locale, width, height }: Props) {
  const t = translatorFor(locale);
  const dir = directionOf(locale);
  const descId = useId();
  // Labels are placed by measured text: measured again once the board's fonts have come.
  useFontsReady();
  const axes = matrixAxes(result);
  if (!axes || width <= 0 || height <= 0) return null;
  const plot: Box = {
    x: PAD.start,
    y: PAD.top,
    width: width - PAD.start - PAD.end,
    height: height - PAD.top - PAD.bottom,
  };
  const margin = 36;
  // Labels are as tall as their font's box, which is what the drawn text's bounding box spans.
  const numberBox = fontBox(NUMBER_FONT);
  const nameBox = fontBox(NAME_FONT);
  const numberHeight = Math.ceil(numberBox.ascent + numberBox.descent);
  const nameHeight = Math.ceil(nameBox.ascent + nameBox.descent);
  const px = (v: number) => plot.x + margin + ((v - 1) / 4) * (plot.width - 2 * margin);
  const py = (v: number) => plot.y + plot.height - margin - ((v - 1) / 4) * (plot.height - 2 * margin);
  const midX = px(SCALE_MID);
  const midY = py(SCALE_MID);
  const numbers = scoreNumbers(result);
  const scored = matrixPoints(result);
  const points = spreadPoints(
    scored.map((p) => ({ ...p, x: px(p.x), y: py(p.y) })),
    2 * POINT_R + 6,
    // A ring of ties keeps a number's height from the frame, so its numbers fit around it.
    inset(plot, numberHeight + 6),
  );
  const lines: Segment[] = [
    { x1: midX, y1: plot.y, x2: midX, y2: plot.y + plot.height },
    { x1: plot.x, y1: midY, x2: plot.x + plot.width, y2: midY },
  ];
  const area: Record<Quadrant, Box> = {
    plan: { x: plot.x, y: plot.y, width: midX - plot.x, height: midY - plot.y },
    doFirst: { x: midX, y: plot.y, width: plot.x + plot.width - midX, height: midY - plot.y },
    reconsider: { x: plot.x, y: midY, width: midX - plot.x, height: plot.y + plot.height - midY },
    quickWins: { x: midX, y: midY, width: plot.x + plot.width - midX, height: plot.y + plot.height - midY },
  };
  const asPoints: MatrixPoint[] = points;
  const names = QUADRANTS.map((q) => {
    const name = t(`results.quadrant.${q}`);
    const size = { width: textWidth(name, NAME_FONT) + 20, height: nameHeight };
    const outer = {
      right: q === 'doFirst' || q === 'quickWins',
      bottom: q === 'reconsider' || q === 'quickWins',
    };
    return { q, name, box: placeQuadrantName(area[q], size, outer, asPoints, POINT_R, lines, MIDLINE) };
  });
  const numberOf = (id: string) => String(numbers.get(id) ?? '');
  const { placed } = placeNumbers(
    asPoints,
    POINT_R,
    (id) => ({ width: textWidth(numberOf(id), NUMBER_FONT) + 14, height: numberHeight }),
    // Inside the frame, clear of its stroke.
    inset(plot, 2),
    names.flatMap((n) => n.box ?? []),
    lines,
    MIDLINE,
  );
  const inQuadrant = (q: Quadrant) =>
    scored.filter((p) => p.quadrant === q).map((p) => `${numberOf(p.id)}. ${labelOf(p.id)}`);

  return (
    <figure className="results-matrix" aria-describedby={descId}>
      <figcaption className="results-caption">{t('results.matrix')}</figcaption>
      <MatrixChart
        className="results-matrix__chart"
        areaClass="results-matrix__area"
        area={area}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {names.map(({ q, name, box }) =>
          box ? (
            <text
              key={q}
              className="results-matrix__quadrant"
              x={box.x + box.width / 2}
              y={box.y + nameBox.ascent}
              textAnchor="middle"
              direction={dir}
            >
              {name}
            </text>
          ) : null,
        )}
        {lines.map((l) => (
          <line key={`${l.x1}.${l.y1}`} className="results-matrix__mid" {...l} />
        ))}
        {/* The plot's box: x, y, width and height. */}
        <rect className="results-matrix__frame" {...plot} />
        <ResultsMatrixAxes
          plot={plot}
          px={px}
          py={py}
          height={height}
          xLabel={criterionLabel(t, axes.x)}
          yLabel={criterionLabel(t, axes.y)}
          direction={dir}
        />
        {placed.map((l) =>
          l.leader ? <line key={`leader-${l.id}`} className="results-matrix__leader" {...l.leader} /> : null,
        )}
        {points.map((p, i) => (
          <circle
            key={p.id}
            className={`results-matrix__point ${p.rank === 1 ? 'is-top' : ''}`}
            cx={p.x}
            cy={p.y}
            r={POINT_R}
            style={{ '--i': i } as CSSProperties}
          />
        ))}
        {placed.map((l, i) => (
          <text
            key={l.id}
            className="results-matrix__number"
            x={l.box.x + l.box.width / 2}
            y={l.box.y + numberBox.ascent}
            textAnchor="middle"
            data-point={l.id}
            style={{ '--i': i } as CSSProperties}
          >
            {numberOf(l.id)}
          </text>
        ))}
      </MatrixChart>
      <div id={descId} className="visually-hidden">
        {QUADRANTS.map((q) => (
          <p key={q}>
            {t('results.matrixIn', {
              quadrant: t(`results.quadrant.${q}`),
              items: inQuadrant(q).join(t('ballot.listSeparator')) || t('results.matrixNone'),
            })}
          </p>
        ))}
      </div>
    </figure>
  );
}
