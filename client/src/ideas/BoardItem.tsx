import { GROUP_LABELS, type ItemView, type Locale } from '@majlis/shared';
import { memo } from 'react';
import { placeStyle } from '../boardKit/useColumnFit';
import { SdgChip } from '../components/SdgChip';
import { BoardMerged } from './BoardMerged';

interface Props {
  readonly item: ItemView;
  /** Its place in the list, for the packing (`data-pack-index`). */
  readonly index: number;
  readonly locale: Locale;
  /** 0: description and goals, 1: goals, 2: the title alone (BoardItems' tiers). */
  readonly tier: number;
  /** Where the packing put it (useColumnFit's placeOfBlock). */
  readonly x: number;
  readonly y: number;
  readonly shown: boolean;
}

/**
 * One idea on the projector. What it shows depends on how crowded the board is (`tier`); its title
 * is never cut: the board makes the type smaller, or pages, instead. The title's box is the one
 * that takes the title's own direction (plain text, `dir="auto"`), so an English title on an Arabic
 * board starts at its own start.
 */
export const BoardItem = memo(function BoardItem({ item, index, locale, tier, x, y, shown }: Props) {
  const showDetails = tier === 0;
  const tags = tier <= 1;
  const merged = tags ? item.mergedFrom.length : 0;
  const sdgs = tags ? item.sdgs : [];
  return (
    <li
      className="board-item"
      data-pack="item"
      data-pack-group="0"
      data-pack-index={index}
      data-flip-key={item.id}
      style={placeStyle(x, y, shown)}
    >
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
                  <SdgChip n={n} locale={locale} className="sdg--board" />
                </li>
              ))}
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
});
