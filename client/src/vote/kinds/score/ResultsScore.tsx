import { useRef } from 'react';
import { useResultsBox } from '../../board/useResultsBox';
import { matrixAxes } from '../../results/matrix';
import type { ScoreResult } from '../../results/rankedRows';
import type { BoardChartProps } from '../resultsPart';
import { ResultsMatrix } from './ResultsMatrix';
import { ResultsScoreTable } from './ResultsScoreTable';

/** Scoring results: the 2 × 2 matrix at the start, the ranked totals beside it. With one criterion
 * there is no matrix, and the table takes the width. */
export function ResultsScore({ result, voters: _voters, ...frame }: BoardChartProps<ScoreResult>) {
  const chartRef = useRef<HTMLDivElement>(null);
  const box = useResultsBox(chartRef);
  const withMatrix = matrixAxes(result) !== null;
  return (
    <div className={`results-score ${withMatrix ? '' : 'results-score--table'}`}>
      {withMatrix && (
        <div ref={chartRef} className="results-score__chart">
          <ResultsMatrix
            result={result}
            labelOf={frame.labelOf}
            locale={frame.locale}
            width={box.width}
            height={Math.max(0, box.height - 56)}
          />
        </div>
      )}
      <ResultsScoreTable result={result} {...frame} />
    </div>
  );
}
