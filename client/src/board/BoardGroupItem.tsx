import type { ItemView, Locale } from '@majlis/shared';
import { SdgChip } from '../components/SdgChip';
import { BoardMerged } from './BoardMerged';

interface Props {
  readonly item: ItemView;
  readonly locale: Locale;
  /** Unique on the page: an idea serving three goals is on the board three times. */
  readonly flipKey: string;
  /** Goal chips to show beside the title; none when the group already says the goal. */
  readonly sdgs: readonly number[];
  /** The "merged ×N" mark, left out when the board is crowded. */
  readonly merged: boolean;
}

/** An idea inside a group on the board: the headline first, tags small beside it. */
export function BoardGroupItem({ item, locale, flipKey, sdgs, merged: showMerged }: Props) {
  const merged = showMerged ? item.mergedFrom.length : 0;
  return (
    <li className="board-group-item" data-fit-item="" data-flip-key={flipKey}>
      <p className="board-group-item__title" dir="auto">
        {item.title}
      </p>
      {(sdgs.length > 0 || merged > 0) && (
        <div className="board-group-item__meta">
          {sdgs.length > 0 && (
            <ul className="board-group-item__sdgs">
              {sdgs.map((n) => (
                <li key={n}>
                  <SdgChip n={n} locale={locale} className="sdg--board-small" />
                </li>
              ))}
            </ul>
          )}
          <BoardMerged count={merged} locale={locale} />
        </div>
      )}
    </li>
  );
}
