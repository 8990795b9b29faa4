import { GROUP_LABELS, type ItemView, type Locale } from '@majlis/shared';
import { SdgChip } from '../components/SdgChip';
import { BoardMerged } from './BoardMerged';

/** From this layout on the cards are narrow (board-items.css, four columns). */
const DENSE_LEVEL = 4;
const DENSE_CHIPS = 3;

interface Props {
  readonly item: ItemView;
  readonly locale: Locale;
  readonly level: number;
  /** Goal chips and the merged mark; the densest layout leaves them to the by-goal display. */
  readonly tags: boolean;
}

/** One idea on the projector. What it shows depends on how crowded the board is (`level`). */
export function BoardItem({ item, locale, level, tags }: Props) {
  const showDetails = level <= 1;
  const merged = tags ? item.mergedFrom.length : 0;
  // Four narrow columns hold one row of chips: the first few, then how many more.
  const all = tags ? item.sdgs : [];
  const sdgs = level >= DENSE_LEVEL ? all.slice(0, DENSE_CHIPS) : all;
  const more = all.length - sdgs.length;
  return (
    <li className="board-item" data-fit-item="" data-flip-key={item.id}>
      <p className="board-item__title" dir="auto">
        {item.title}
      </p>
      {showDetails && item.description && (
        <p className="board-item__description" dir="auto">
          {item.description}
        </p>
      )}
      {(sdgs.length > 0 || merged > 0 || (showDetails && item.authorGroup)) && (
        <div className="board-item__meta">
          {sdgs.length > 0 && (
            <ul className="board-item__sdgs">
              {sdgs.map((n) => (
                <li key={n}>
                  <SdgChip n={n} locale={locale} withTitle={level === 0} className="sdg--board" />
                </li>
              ))}
              {more > 0 && (
                <li className="board-item__more" dir="ltr">
                  +{more}
                </li>
              )}
            </ul>
          )}
          <BoardMerged count={merged} locale={locale} />
          {showDetails && item.authorGroup && (
            <span className="board-item__group">{GROUP_LABELS[item.authorGroup][locale]}</span>
          )}
        </div>
      )}
    </li>
  );
}
