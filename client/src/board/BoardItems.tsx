import type { ItemView, Locale } from '@majlis/shared';
import { useMemo, useRef } from 'react';
import { BoardItem } from './BoardItem';
import { BoardPager } from './BoardPager';
import { useBoardFit } from './useBoardFit';
import { newestIndex, useBoardPages } from './useBoardPages';
import { useFlip } from './useFlip';

/** Layouts in board-items.css, roomiest first: one column with details … four columns, headlines only. */
const LEVELS = 6;

interface Props {
  /** Active items only, in list order. */
  readonly items: readonly ItemView[];
  readonly locale: Locale;
  /** Changes whenever the room for the list may have changed (stage, timer, languages). */
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** The live list of the current stage, fitted to the screen: denser layouts first, pages last. */
export function BoardItems({ items, locale, layoutKey, rotate }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const contentKey = useMemo(
    () =>
      `${layoutKey}:${items.map((i) => `${i.id}.${i.title.length}.${i.description.length}.${i.sdgs.length}.${i.mergedFrom.length}`).join(',')}`,
    [layoutKey, items],
  );
  const fit = useBoardFit(listRef, contentKey, LEVELS);
  const { page, pageCount, pageSize } = useBoardPages(items.length, fit.pageSize, newestIndex(items), rotate);
  const visible = items.slice(page * pageSize, page * pageSize + pageSize);
  useFlip(listRef, `${layoutKey}|${fit.level}|${page}|${pageSize}`, fit.isSettled);

  return (
    <div className={`board-items board-items--level-${fit.level}`}>
      <ol ref={listRef} className="board-items__list">
        {visible.map((item) => (
          <BoardItem
            key={item.id}
            item={item}
            locale={locale}
            level={fit.level}
            tags={fit.level < LEVELS - 1}
          />
        ))}
      </ol>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </div>
  );
}
