import { type Locale, sdgByNumber } from '@majlis/shared';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
import { BoardGroupHeading } from './BoardGroupHeading';
import { BoardGroupItem } from './BoardGroupItem';
import { BoardPager } from './BoardPager';
import { type BoardGroup, HEADING_UNITS, paginateGroups } from './boardGroups';
import { useBoardFit } from './useBoardFit';
import { newestIndex } from './useBoardPages';
import { useFlip } from './useFlip';
import { usePager } from './usePager';

/** Layouts in board-groups.css, roomiest first: two columns with tags … four columns, one line each. */
const LEVELS = 5;

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
 * Ideas under headings (themes or goals), flowing down columns like a newspaper so short groups do
 * not waste a row. Fitted like the plain list: denser first (more columns, fewer details, shorter
 * lines), then pages, with headings repeated on the page where a group goes on. Pages are counted
 * in units (an idea is one, a heading more), so a page of many short groups is not overfilled.
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
  const fit = useBoardFit(flowRef, contentKey, LEVELS);
  const pages = useMemo(() => paginateGroups(groups, fit.pageSize), [groups, fit.pageSize]);
  // The page holding the newest idea, so the room sees it arrive.
  const newest = cards[newestIndex(cards)];
  const focus = Math.max(
    0,
    pages.findIndex((p) => p.some((g) => g.items.some((item) => item === newest))),
  );
  const page = usePager(pages.length, focus, rotate);
  const visible = pages[page] ?? [];
  useFlip(flowRef, `${layoutKey}|${fit.level}|${page}|${fit.pageSize}`, fit.isSettled);
  // Goals are the group heading already; tags are dropped first when the board gets crowded.
  const withTags = fit.level <= 1;

  return (
    <div className={`board-groups board-groups--${variant} board-groups--level-${fit.level}`}>
      <div ref={flowRef} className="board-groups__flow">
        {visible.map((group) => {
          const headingId = `${idPrefix}-${group.key}`;
          return (
            <section
              key={group.key}
              className={`board-group board-group--${group.kind}`}
              aria-labelledby={headingId}
              style={goalColour(group)}
            >
              <BoardGroupHeading
                group={group}
                locale={locale}
                bilingual={bilingual}
                id={headingId}
                fitWeight={HEADING_UNITS}
              />
              {group.items.length > 0 && (
                <ul className="board-group__items">
                  {group.items.map((item) => (
                    <BoardGroupItem
                      key={item.id}
                      item={item}
                      locale={locale}
                      flipKey={group.kind === 'sdg' ? `${group.key}:${item.id}` : item.id}
                      sdgs={withTags && variant === 'themes' ? item.sdgs : []}
                      merged={withTags}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <BoardPager page={page} pageCount={pages.length} locale={locale} />
    </div>
  );
}

/** A goal's UN colour for the bullets of its ideas (board-groups.css reads `--goal`). */
function goalColour(group: BoardGroup): CSSProperties | undefined {
  const goal = group.kind === 'sdg' ? sdgByNumber(group.goal) : undefined;
  return goal ? ({ '--goal': goal.color } as CSSProperties) : undefined;
}
