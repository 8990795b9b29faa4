import { directionOf, type Locale } from '@majlis/shared';
import { type CSSProperties, useId } from 'react';
import { translatorFor } from '../i18n/translate';
import { ResultsMatrixAxes } from './ResultsMatrixAxes';
import { placeLabels, shortTitle, spreadPoints, textDirection } from './resultsLayout';
import {
  matrixAxes,
  matrixPoints,
  QUADRANTS,
  type Quadrant,
  quadrantOf,
  SCALE_MID,
  type ScoreResult,
} from './resultsRows';
import { criterionLabel } from './resultsText';
import { textWidth } from './textWidth';

interface Props {
  readonly result: ScoreResult;
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  /** The drawing's size in board pixels: it draws at 1:1 so its text keeps the sizes set here. */
  readonly width: number;
  readonly height: number;
}

const DOT_R = 30;
const LABEL_PX = 32;
const LABEL_FONT = `600 ${LABEL_PX}px "IBM Plex Sans Arabic", sans-serif`;
const LABEL_CHARS = 22;
// Room around the plot for the ticks and the axis names (board px).
const PAD = { start: 64, end: 16, top: 60, bottom: 104 };

/**
 * The impact × feasibility matrix, readable from the back of the room: impact up, feasibility
 * across, split at the middle of the 1–5 scale into four named quarters; each scored priority a dot
 * with its rank, and its short title where there is room. The axes run as number lines do, low to
 * high left to right, in Arabic too (Western digits, as on every chart the room knows); the words
 * "low"/"high" are not needed because the ticks say it, and the arrows are drawn, not typed, so no
 * bidi rule can turn them round. Ties in the means are fanned out, never stacked.
 */
export function ResultsMatrix({ result, labelOf, locale, width, height }: Props) {
  const t = translatorFor(locale);
  const dir = directionOf(locale);
  const descId = useId();
  const axes = matrixAxes(result);
  if (!axes || width <= 0 || height <= 0) return null;
  const plot = {
    x: PAD.start,
    y: PAD.top,
    width: width - PAD.start - PAD.end,
    height: height - PAD.top - PAD.bottom,
  };
  const inset = DOT_R + 6;
  const px = (v: number) => plot.x + inset + ((v - 1) / 4) * (plot.width - 2 * inset);
  const py = (v: number) => plot.y + plot.height - inset - ((v - 1) / 4) * (plot.height - 2 * inset);
  const midX = px(SCALE_MID);
  const midY = py(SCALE_MID);
  const points = matrixPoints(result);
  const placed = spreadPoints(
    points.map((p) => ({ ...p, x: px(p.x), y: py(p.y) })),
    2 * DOT_R + 6,
  );

  const area: Record<Quadrant, { x: number; y: number; w: number; h: number; anchor: 'start' | 'end' }> = {
    plan: { x: plot.x, y: plot.y, w: midX - plot.x, h: midY - plot.y, anchor: 'start' },
    doFirst: { x: midX, y: plot.y, w: plot.x + plot.width - midX, h: midY - plot.y, anchor: 'end' },
    reconsider: { x: plot.x, y: midY, w: midX - plot.x, h: plot.y + plot.height - midY, anchor: 'start' },
    quickWins: {
      x: midX,
      y: midY,
      w: plot.x + plot.width - midX,
      h: plot.y + plot.height - midY,
      anchor: 'end',
    },
  };
  const nameBox = (q: Quadrant) => {
    const a = area[q];
    const w = textWidth(t(`results.quadrant.${q}`), `700 32px "IBM Plex Sans Arabic", sans-serif`) + 24;
    const top = q === 'plan' || q === 'doFirst';
    return {
      x: a.anchor === 'start' ? a.x : a.x + a.w - w,
      y: top ? a.y : a.y + a.h - 52,
      width: w,
      height: 52,
    };
  };
  const labels = placeLabels(
    placed.map((p) => ({ ...p, r: DOT_R })),
    (id) => textWidth(shortTitle(labelOf(id), LABEL_CHARS), LABEL_FONT),
    40,
    plot,
    QUADRANTS.map(nameBox),
  );
  const inQuadrant = (q: Quadrant) =>
    points.filter((p) => quadrantOf(p.x, p.y) === q).map((p) => `${p.rank}. ${labelOf(p.id)}`);

  return (
    <figure className="results-matrix" aria-describedby={descId}>
      <figcaption className="results-caption">{t('results.matrix')}</figcaption>
      <svg
        className="results-matrix__chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        direction="ltr"
        aria-hidden="true"
        focusable="false"
      >
        {QUADRANTS.map((q) => (
          <rect
            key={q}
            className={`results-matrix__area results-matrix__area--${q}`}
            x={area[q].x}
            y={area[q].y}
            width={area[q].w}
            height={area[q].h}
          />
        ))}
        {QUADRANTS.map((q) => {
          const box = nameBox(q);
          return (
            <text
              key={q}
              className="results-matrix__quadrant"
              x={box.x + box.width / 2}
              y={box.y + 38}
              textAnchor="middle"
              direction={dir}
            >
              {t(`results.quadrant.${q}`)}
            </text>
          );
        })}
        <line className="results-matrix__mid" x1={midX} x2={midX} y1={plot.y} y2={plot.y + plot.height} />
        <line className="results-matrix__mid" x1={plot.x} x2={plot.x + plot.width} y1={midY} y2={midY} />
        <rect
          className="results-matrix__frame"
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
        />
        <ResultsMatrixAxes
          plot={plot}
          px={px}
          py={py}
          height={height}
          xLabel={criterionLabel(t, axes.x)}
          yLabel={criterionLabel(t, axes.y)}
          direction={dir}
        />
        {labels.map((l) => {
          const label = shortTitle(labelOf(l.id), LABEL_CHARS);
          // Centred, and laid out in the title's own direction, so "…" ends an Arabic title on its left.
          return (
            <text
              key={l.id}
              className="results-matrix__label"
              x={l.x + l.width / 2}
              y={l.y + 31}
              textAnchor="middle"
              direction={textDirection(label)}
            >
              {label}
            </text>
          );
        })}
        {placed.map((p, i) => (
          <g
            key={p.id}
            className={`results-matrix__dot ${p.rank === 1 ? 'is-top' : ''}`}
            style={{ transform: `translate(${p.x}px, ${p.y}px)`, '--i': i } as CSSProperties}
          >
            <circle r={DOT_R} />
            <text y={11} textAnchor="middle">
              {p.rank}
            </text>
          </g>
        ))}
      </svg>
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
