import type { ItemView, Locale } from '@majlis/shared';
import { memo } from 'react';
import { placeStyle } from '../boardKit/useColumnFit';
import { SdgChip } from '../components/SdgChip';
import { BoardMerged } from './BoardMerged';

interface Props {
  readonly item: ItemView;
  readonly locale: Locale;
  /** Its group's place and its own in the group, for the packing. */
  readonly groupIndex: number;
  readonly index: number;
  /** Unique on the page: an idea serving three goals is on the board three times. */
  readonly flipKey: string;
  /** Goal chips to show beside the title; none when the group already says the goal. */
  readonly sdgs: readonly number[];
  /** The "merged ×N" mark, left out when the board is crowded. */
  readonly merged: boolean;
  readonly x: number;
  readonly y: number;
  readonly shown: boolean;
}

/** An idea inside a group on the board: the headline first (never cut), tags small beside it. */
export const BoardGroupItem = memo(function BoardGroupItem(props: Props) {
  const { item, locale, groupIndex, index, flipKey, sdgs, merged: showMerged, x, y, shown } = props;
  const merged = showMerged ? item.mergedFrom.length : 0;
  return (
    <li
      className="board-group-item"
      data-pack="item"
      data-pack-group={groupIndex}
      data-pack-index={index}
      data-flip-key={flipKey}
      style={placeStyle(x, y, shown)}
    >
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
});
