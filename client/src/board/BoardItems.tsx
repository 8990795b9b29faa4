import type { ItemView, Locale } from '@majlis/shared';
import { useMemo, useRef } from 'react';
import { translate } from '../i18n/translate';
import { BoardItem } from './BoardItem';
import { useBoardFit } from './useBoardFit';
import { usePager } from './usePager';

interface Props {
  readonly items: readonly ItemView[];
  readonly locale: Locale;
  readonly stageId: string;
  readonly rotate: boolean;
}

/** The live list of the current stage, fitted to the screen: denser layouts first, pages last. */
export function BoardItems({ items, locale, stageId, rotate }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const contentKey = useMemo(
    () =>
      `${stageId}:${items.map((i) => `${i.id}.${i.title.length}.${i.description.length}.${i.sdgs.length}`).join(',')}`,
    [stageId, items],
  );
  const fit = useBoardFit(listRef, contentKey);
  // Pages are balanced (20 items on a 9-item screen: 7, 7, 6 rather than 9, 9, 2).
  const capacity = fit.pageSize ?? Math.max(1, items.length);
  const pageCount = Math.max(1, Math.ceil(items.length / capacity));
  const pageSize = Math.ceil(items.length / pageCount) || 1;

  // The newest idea's page, so the room sees an idea arrive the moment it is sent.
  const newestIndex = useMemo(() => {
    let best = -1;
    items.forEach((item, i) => {
      const newest = items[best];
      if (!newest || item.createdAt >= newest.createdAt) best = i;
    });
    return Math.max(0, best);
  }, [items]);
  const page = usePager(pageCount, Math.floor(newestIndex / pageSize), rotate);
  const visible = items.slice(page * pageSize, page * pageSize + pageSize);

  return (
    <div className={`board-items board-items--level-${fit.level}`}>
      <ol ref={listRef} className="board-items__list">
        {visible.map((item) => (
          <BoardItem key={item.id} item={item} locale={locale} level={fit.level} />
        ))}
      </ol>
      {pageCount > 1 && (
        <div className="board-items__pager">
          <span className="board-items__dots" aria-hidden="true">
            {Array.from({ length: pageCount }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the dots are positions, nothing else.
              <span key={i} className={i === page ? 'is-current' : ''} />
            ))}
          </span>
          <span>{translate(locale, 'board.page', { n: page + 1, total: pageCount })}</span>
        </div>
      )}
    </div>
  );
}
