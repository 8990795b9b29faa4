import type { ItemView, Locale } from '@majlis/shared';
import { useMemo, useRef } from 'react';
import { BoardPager } from '../boardKit/BoardPager';
import { newestIndex } from '../boardKit/useBoardPages';
import {
  type FitTier,
  fitVariables,
  placeOfBlock,
  placesByFlipKey,
  useColumnFit,
} from '../boardKit/useColumnFit';
import { useFlip } from '../boardKit/useFlip';
import { usePageEntrance } from '../boardKit/usePageEntrance';
import { usePager } from '../boardKit/usePager';
import { BoardItem } from './BoardItem';

/**
 * How the list may look, roomiest first: cards with descriptions and goals, cards with goals,
 * titles alone. The last tier's floor (28 px at 1080 design px) is what the back of the room reads.
 */
const TIERS: readonly FitTier[] = [
  { minFont: 40, maxFont: 60, minColumnEm: 14, maxColumns: 3, gaps: { column: 0.6, item: 0.45, group: 0 } },
  { minFont: 32, maxFont: 52, minColumnEm: 11, maxColumns: 5, gaps: { column: 0.6, item: 0.4, group: 0 } },
  { minFont: 28, maxFont: 44, minColumnEm: 9.5, maxColumns: 6, gaps: { column: 0.75, item: 0.22, group: 0 } },
];

interface Props {
  /** Active items only, in list order. */
  readonly items: readonly ItemView[];
  readonly locale: Locale;
  /** Changes whenever the room for the list may have changed (stage, timer, languages). */
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** The live list of the current stage: the largest type that fits the whole list, pages last. */
export function BoardItems({ items, locale, layoutKey, rotate }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const contentKey = useMemo(
    () =>
      `${layoutKey}:${items.map((i) => `${i.id}.${i.title.length}.${i.description.length}.${i.sdgs.length}.${i.mergedFrom.length}`).join(',')}`,
    [layoutKey, items],
  );
  const fit = useColumnFit(listRef, contentKey, TIERS, items.length);
  const pageCount = fit.packing?.pages ?? 1;
  const focusPage = fit.placeOf.get(`0.${newestIndex(items)}`)?.page ?? null;
  const page = usePager(pageCount, focusPage, rotate);
  const layout = `${layoutKey}|${fit.tier}|${fit.font}|${fit.columns}|${page}`;
  const places = useMemo(
    () =>
      placesByFlipKey(
        fit,
        items.map((item, i) => [item.id, `0.${i}`] as const),
      ),
    [fit, items],
  );
  useFlip(listRef, layout, fit.isSettled, places);
  usePageEntrance(listRef, page, fit.isSettled);

  return (
    <div className={`board-items board-items--tier-${fit.tier} ${pageCount > 1 ? 'is-paged' : ''}`}>
      <ol ref={listRef} className="board-items__list" style={fitVariables(fit)}>
        {items.map((item, i) => (
          <BoardItem
            key={item.id}
            item={item}
            index={i}
            locale={locale}
            tier={fit.tier}
            {...placeOfBlock(fit, fit.placeOf.get(`0.${i}`), page)}
          />
        ))}
      </ol>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </div>
  );
}
