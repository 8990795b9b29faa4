import type { Locale } from '@majlis/shared';
import { useRef } from 'react';
import { useResultsBox } from '../../../board/useResultsBox';
import { matrixAxes } from '../../results/matrix';
import type { ScoreResult } from '../../results/rankedRows';
import { ResultsMatrix } from './ResultsMatrix';
import { ResultsScoreTable } from './ResultsScoreTable';

interface Props {
  readonly result: ScoreResult;
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** Scoring results: the 2 × 2 matrix at the start, the ranked totals beside it. With one criterion
 * there is no matrix, and the table takes the width. */
export function ResultsScore({ result, labelOf, locale, layoutKey, rotate }: Props) {
  const chartRef = useRef<HTMLDivElement>(null);
  const box = useResultsBox(chartRef);
  const withMatrix = matrixAxes(result) !== null;
  return (
    <div className={`results-score ${withMatrix ? '' : 'results-score--table'}`}>
      {withMatrix && (
        <div ref={chartRef} className="results-score__chart">
          <ResultsMatrix
            result={result}
            labelOf={labelOf}
            locale={locale}
            width={box.width}
            height={Math.max(0, box.height - 56)}
          />
        </div>
      )}
      <ResultsScoreTable
        result={result}
        labelOf={labelOf}
        locale={locale}
        layoutKey={layoutKey}
        rotate={rotate}
      />
    </div>
  );
}
