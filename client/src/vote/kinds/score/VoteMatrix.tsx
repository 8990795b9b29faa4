import type { KindResult } from '@majlis/shared';
import { useI18n } from '../../../i18n/useI18n';
import { matrixAxes, matrixPoints, QUADRANTS, type Quadrant, SCALE_MID } from '../../results/matrix';
import { formatMean, rankMark } from '../../results/resultNumbers';
import { MatrixChart } from './MatrixChart';
import type { Box } from './matrixLabels';
import { matrixRing } from './matrixRing';

interface Props {
  readonly result: Extract<KindResult, { kind: 'score' }>;
  readonly labelOf: (id: string) => string;
}

// Plot area inside a 320 × 300 view box; scale values run 1–5 on both axes.
const LEFT = 40;
const RIGHT = 310;
const TOP = 10;
const BOTTOM = 256;
// Dots at the ends of the scale stay inside the plot, clear of its edges.
const INSET = 14;
const TICKS = [1, 2, 3, 4, 5];
const px = (v: number) => LEFT + INSET + ((v - 1) / 4) * (RIGHT - LEFT - 2 * INSET);
const py = (v: number) => BOTTOM - INSET - ((v - 1) / 4) * (BOTTOM - TOP - 2 * INSET);

const AREA: Record<Quadrant, { x: number; y: number; anchor: 'start' | 'end'; ty: number }> = {
  plan: { x: LEFT + 6, y: TOP, anchor: 'start', ty: TOP + 16 },
  doFirst: { x: RIGHT - 6, y: TOP, anchor: 'end', ty: TOP + 16 },
  reconsider: { x: LEFT + 6, y: py(SCALE_MID), anchor: 'start', ty: BOTTOM - 8 },
  quickWins: { x: RIGHT - 6, y: py(SCALE_MID), anchor: 'end', ty: BOTTOM - 8 },
};
/** Each quadrant's shaded area: half the plot each way, split at the scale's midpoint. */
const AREAS = Object.fromEntries(
  QUADRANTS.map((q) => [
    q,
    {
      x: AREA[q].anchor === 'start' ? LEFT : px(SCALE_MID),
      y: AREA[q].y === TOP ? TOP : py(SCALE_MID),
      width: (RIGHT - LEFT) / 2,
      height: (BOTTOM - TOP) / 2,
    },
  ]),
) as Record<Quadrant, Box>;

/**
 * The 2 × 2 matrix: the first criterion (impact) up, the second (feasibility) across, split at the
 * middle of the scale, each scored item a dot marked with its rank. The drawing keeps the usual
 * left-to-right axis in both languages (a number line does not mirror); beside it, the same
 * placement as lists, which is also what screen readers get.
 */
export function VoteMatrix({ result, labelOf }: Props) {
  const { t } = useI18n();
  const axes = matrixAxes(result);
  if (!axes) return null;
  const { x: xCriterion, y: yCriterion } = axes;
  const points = matrixRing(matrixPoints(result));
  const unit = (RIGHT - LEFT - 2 * INSET) / 4;

  return (
    <figure className="vote-matrix">
      <figcaption className="vote-matrix__caption">
        {t('vote.console.matrix', { y: yCriterion.label, x: xCriterion.label })}
      </figcaption>
      <div className="vote-matrix__body">
        <MatrixChart
          className="vote-matrix__chart"
          areaClass="vote-matrix__area"
          area={AREAS}
          viewBox="0 -4 324 304"
        >
          {QUADRANTS.map((q) => (
            <text
              key={q}
              className="vote-matrix__area-label"
              x={AREA[q].x}
              y={AREA[q].ty}
              textAnchor={AREA[q].anchor}
            >
              {t(`vote.console.quadrant.${q}`)}
            </text>
          ))}
          {TICKS.map((v) => (
            <g key={v} className="vote-matrix__tick">
              <text x={px(v)} y={BOTTOM + 16} textAnchor="middle">
                {v}
              </text>
              <text x={LEFT - 8} y={py(v) + 4} textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {/* Arrowheads, not arrow characters: a glyph beside Arabic text moves with the bidi rules. */}
          <path className="vote-matrix__arrow" d={`M${LEFT} ${BOTTOM}H${RIGHT + 6}m-6 -4l6 4-6 4`} />
          <path className="vote-matrix__arrow" d={`M${LEFT} ${BOTTOM}V${TOP - 6}m-4 6l4 -6 4 6`} />
          <text className="vote-matrix__axis" x={(LEFT + RIGHT) / 2} y={BOTTOM + 38} textAnchor="middle">
            {xCriterion.label}
          </text>
          <text
            className="vote-matrix__axis"
            x={0}
            y={0}
            textAnchor="middle"
            transform={`translate(12 ${(TOP + BOTTOM) / 2}) rotate(-90)`}
          >
            {yCriterion.label}
          </text>
          {points.map((p) => (
            <g
              key={p.id}
              className="vote-matrix__point"
              transform={`translate(${px(p.x) + p.dx * unit} ${py(p.y) - p.dy * unit})`}
            >
              <circle r={p.tied ? 12 : 10} />
              <text y={3.5} textAnchor="middle">
                {rankMark(p.rank, p.tied)}
              </text>
            </g>
          ))}
        </MatrixChart>
        <div className="vote-matrix__key">
          {QUADRANTS.map((q) => {
            const inside = points.filter((p) => p.quadrant === q);
            return (
              <div key={q} className={`vote-matrix__group vote-matrix__group--${q}`}>
                <p className="vote-matrix__group-name">{t(`vote.console.quadrant.${q}`)}</p>
                {inside.length === 0 ? (
                  <p className="vote-matrix__none">{t('vote.console.quadrantEmpty')}</p>
                ) : (
                  <ul>
                    {inside.map((p) => (
                      <li key={p.id}>
                        <span className="vote-matrix__mark" aria-hidden="true" dir="ltr">
                          {rankMark(p.rank, p.tied)}
                        </span>
                        <span dir="auto">{labelOf(p.id)}</span>
                        <span className="visually-hidden">
                          {' '}
                          ({yCriterion.label} {formatMean(p.y)}, {xCriterion.label} {formatMean(p.x)})
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </figure>
  );
}
