import { type Locale, sdgByNumber } from '@majlis/shared';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
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
import { BoardGroupHeading } from './BoardGroupHeading';
import { BoardGroupItem } from './BoardGroupItem';
import type { BoardGroup } from './boardGroups';

/** How the groups may look, roomiest first: ideas with their tags, then titles alone. */
const TIERS: readonly FitTier[] = [
  { minFont: 32, maxFont: 48, minColumnEm: 11, maxColumns: 4, gaps: { column: 0.8, item: 0.3, group: 0.9 } },
  {
    minFont: 28,
    maxFont: 40,
    minColumnEm: 9.5,
    maxColumns: 6,
    gaps: { column: 0.75, item: 0.2, group: 0.7 },
  },
];

/** Under goals one idea can be in several groups: its card there is that goal's. */
const flipKeyOf = (group: BoardGroup, itemId: string) =>
  group.kind === 'sdg' ? `${group.key}:${itemId}` : itemId;

interface Props {
  /** Themes show their ideas as cards; goals, where one idea can appear several times, as lines. */
  readonly variant: 'themes' | 'sdgs';
  readonly groups: readonly BoardGroup[];
  readonly locale: Locale;
  readonly bilingual: boolean;
  /** Changes whenever the room for the groups may have changed (stage, timer, languages). */
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/**
 * Ideas under headings (themes or goals), down columns like a newspaper so short groups do not waste
 * a row, in every column the screen has. Fitted like the plain list (the largest type that shows
 * everything, pages last); a heading never ends a column alone, and where a group goes on in the
 * next column or page its heading comes again, marked as continued, so no idea sits under another
 * group's name.
 */
export function BoardGroups({ variant, groups, locale, bilingual, layoutKey, rotate }: Props) {
  const flowRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const cards = useMemo(() => groups.flatMap((group) => group.items), [groups]);
  const contentKey = useMemo(
    () =>
      `${layoutKey}:${groups
        .map((g) => `${g.key}[${g.items.map((i) => `${i.id}.${i.title.length}.${i.sdgs.length}`).join(',')}]`)
        .join('')}`,
    [layoutKey, groups],
  );
  const fit = useColumnFit(flowRef, contentKey, TIERS, cards.length);
  const pageCount = fit.packing?.pages ?? 1;
  // The page holding the newest idea, so the room sees it arrive.
  const newest = cards[newestIndex(cards)];
  let focusPage: number | null = newest ? null : 0;
  groups.forEach((group, g) => {
    const i = newest ? group.items.indexOf(newest) : -1;
    const placed = i >= 0 ? fit.placeOf.get(`${g}.${i}`)?.page : undefined;
    if (placed !== undefined) focusPage = Math.max(focusPage ?? 0, placed);
  });
  const page = usePager(pageCount, focusPage, rotate);
  const places = useMemo(
    () =>
      placesByFlipKey(
        fit,
        groups.flatMap((group, g) =>
          group.items.map((item, i) => [flipKeyOf(group, item.id), `${g}.${i}`] as const),
        ),
      ),
    [fit, groups],
  );
  useFlip(flowRef, `${layoutKey}|${fit.tier}|${fit.font}|${fit.columns}|${page}`, fit.isSettled, places);
  usePageEntrance(flowRef, page, fit.isSettled);
  // Goals are the group heading already; tags are dropped first when the board gets crowded.
  const withTags = fit.tier === 0;
  const continued = fit.packing?.blocks.filter((b) => b.continued) ?? [];

  return (
    <div className={`board-groups board-groups--${variant} board-groups--tier-${fit.tier}`}>
      <div ref={flowRef} className="board-groups__flow" style={fitVariables(fit)}>
        {groups.map((group, g) => {
          const headingId = `${idPrefix}-${group.key}`;
          const heading = { group, locale, bilingual, groupIndex: g };
          return (
            <section
              key={group.key}
              className={`board-group board-group--${group.kind}`}
              aria-labelledby={headingId}
              style={goalColour(group)}
            >
              <BoardGroupHeading
                {...heading}
                id={headingId}
                pack="head"
                {...placeOfBlock(fit, fit.placeOf.get(`${g}.-1`), page)}
              />
              {/* The heading as it is repeated where the group goes on: measured, never shown. */}
              <BoardGroupHeading {...heading} pack="cont" x={0} y={0} shown={false} />
              {continued
                .filter((b) => b.group === g)
                .map((b) => (
                  <BoardGroupHeading
                    key={`${b.page}.${b.column}`}
                    {...heading}
                    {...placeOfBlock(fit, b, page)}
                  />
                ))}
              {group.items.length > 0 && (
                <ul className="board-group__items">
                  {group.items.map((item, i) => (
                    <BoardGroupItem
                      key={item.id}
                      item={item}
                      locale={locale}
                      groupIndex={g}
                      index={i}
                      flipKey={flipKeyOf(group, item.id)}
                      sdgs={withTags && variant === 'themes' ? item.sdgs : []}
                      merged={withTags}
                      {...placeOfBlock(fit, fit.placeOf.get(`${g}.${i}`), page)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </div>
  );
}

/** A goal's UN colour for the bullets of its ideas (board-groups.css reads `--goal`). */
function goalColour(group: BoardGroup): CSSProperties | undefined {
  const goal = group.kind === 'sdg' ? sdgByNumber(group.goal) : undefined;
  return goal ? ({ '--goal': goal.color } as CSSProperties) : undefined;
}
