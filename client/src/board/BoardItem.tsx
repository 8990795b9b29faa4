import { GROUP_LABELS, type ItemView, type Locale } from '@majlis/shared';
import { SdgChip } from '../components/SdgChip';

interface Props {
  readonly item: ItemView;
  readonly locale: Locale;
  readonly level: number;
}

/** One idea on the projector. What it shows depends on how crowded the board is (`level`). */
export function BoardItem({ item, locale, level }: Props) {
  const showDetails = level <= 1;
  return (
    <li className="board-item">
      <p className="board-item__title" dir="auto">
        {item.title}
      </p>
      {showDetails && item.description && (
        <p className="board-item__description" dir="auto">
          {item.description}
        </p>
      )}
      {(item.sdgs.length > 0 || (showDetails && item.authorGroup)) && (
        <div className="board-item__meta">
          {item.sdgs.length > 0 && (
            <ul className="board-item__sdgs">
              {item.sdgs.map((n) => (
                <li key={n}>
                  <SdgChip n={n} locale={locale} withTitle={level === 0} className="sdg--board" />
                </li>
              ))}
            </ul>
          )}
          {showDetails && item.authorGroup && (
            <span className="board-item__group">{GROUP_LABELS[item.authorGroup][locale]}</span>
          )}
        </div>
      )}
    </li>
  );
}
