import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { BallotPips } from '../common/BallotPips';

/** One's dot ballot read back: the dots on each item that has any. */
export function DotsBallotLines({ targets, ballot, labelOf }: BallotLinesProps<'dots'>) {
  const { t } = useI18n();
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => (ballot.allocations[id] ?? 0) > 0)
        .map((id) => (
          <li key={id} className="summary-row">
            <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
            <span className="summary-row__value">
              <BallotPips n={ballot.allocations[id] ?? 0} of={0} />
              {ballot.allocations[id] === 1
                ? t('ballot.dots.one')
                : t('ballot.dots.count', { n: ballot.allocations[id] ?? 0 })}
            </span>
          </li>
        ))}
    </ul>
  );
}
