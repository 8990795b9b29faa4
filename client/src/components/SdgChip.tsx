import { type Locale, sdgByNumber } from '@majlis/shared';
import { textColorOn } from '../lib/contrast';

interface Props {
  readonly n: number;
  readonly locale: Locale;
  /** Show the short title beside the number, where there is room. */
  readonly withTitle?: boolean;
  readonly className?: string;
}

/** An SDG as the UN shows it: the goal number on the goal's colour. */
export function SdgChip({ n, locale, withTitle = false, className }: Props) {
  const goal = sdgByNumber(n);
  if (!goal) return null;
  const title = goal[locale];
  return (
    <span
      className={`sdg ${className ?? ''}`}
      style={{ backgroundColor: goal.color, color: textColorOn(goal.color) }}
      title={withTitle ? undefined : title}
    >
      <span className="sdg__n" aria-hidden={withTitle ? undefined : 'true'}>
        {n}
      </span>
      {withTitle ? (
        <span className="sdg__title">{title}</span>
      ) : (
        <span className="visually-hidden">{`${n} ${title}`}</span>
      )}
    </span>
  );
}
