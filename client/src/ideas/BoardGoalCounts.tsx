import { type Locale, SDGS } from '@majlis/shared';
import { useId } from 'react';
import { translate } from '../i18n/translate';
import { textColorOn } from '../lib/contrast';
import { formatNumber } from '../lib/numbers';

interface Props {
  /** Ideas per goal, indexed by goal number minus one. */
  readonly counts: readonly number[];
  readonly locale: Locale;
}

/** All seventeen goals in a row, each on its UN colour with how many ideas serve it: the room sees at
 * a glance which goals its ideas speak to and which none do. */
export function BoardGoalCounts({ counts, locale }: Props) {
  const headingId = useId();
  return (
    <section className="board-goals" aria-labelledby={headingId}>
      <h2 id={headingId} className="visually-hidden">
        {translate(locale, 'board.goalCounts')}
      </h2>
      <ol className="board-goals__list">
        {SDGS.map((goal, i) => {
          const count = counts[i] ?? 0;
          return (
            <li key={goal.n} className={`board-goals__goal ${count === 0 ? 'is-zero' : ''}`}>
              <span
                className="board-goals__n"
                style={
                  count > 0 ? { backgroundColor: goal.color, color: textColorOn(goal.color) } : undefined
                }
              >
                <span aria-hidden="true">{goal.n}</span>
                <span className="visually-hidden">{`${goal.n} ${goal[locale]}: `}</span>
              </span>
              <span className="board-goals__count">{formatNumber(count)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
