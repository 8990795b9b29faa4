import { type Locale, sdgByNumber } from '@majlis/shared';
import { type CSSProperties, useId, useMemo, useRef } from 'react';
import { BoardGroupHeading } from './BoardGroupHeading';
import { BoardGroupItem } from './BoardGroupItem';
import { BoardPager } from './BoardPager';
import { type BoardGroup, pageOfGroups } from './boardGroups';
import { useBoardFit } from './useBoardFit';
import { newestIndex, useBoardPages } from './useBoardPages';
import { useFlip } from './useFlip';

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
 * lines), then pages, with headings repeated on the page where a group goes on.
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
  const { page, pageCount, pageSize } = useBoardPages(cards.length, fit.pageSize, newestIndex(cards), rotate);
  const visible = pageOfGroups(groups, page * pageSize, pageSize);
  useFlip(flowRef, `${layoutKey}|${fit.level}|${page}|${pageSize}`, fit.isSettled);
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
              <BoardGroupHeading group={group} locale={locale} bilingual={bilingual} id={headingId} />
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
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </div>
  );
}

/** A goal's UN colour for the bullets of its ideas (board-groups.css reads `--goal`). */
function goalColour(group: BoardGroup): CSSProperties | undefined {
  const goal = group.kind === 'sdg' ? sdgByNumber(group.goal) : undefined;
  return goal ? ({ '--goal': goal.color } as CSSProperties) : undefined;
}
