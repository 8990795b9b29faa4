import type { ItemView, Locale, NoteBlock, OutcomeView } from '@majlis/shared';
import { useId, useMemo, useRef } from 'react';
import { BoardCalm } from '../boardKit/BoardCalm';
import { BoardLabel } from '../boardKit/BoardLabel';
import { BoardPager } from '../boardKit/BoardPager';
import { newestIndex } from '../boardKit/useBoardPages';
import { useFlip } from '../boardKit/useFlip';
import { usePager } from '../boardKit/usePager';
import { translate } from '../i18n/translate';
import { formatNumber } from '../lib/numbers';
import { BoardNoteCard } from './BoardNoteCard';
import { BoardOutcomeCard } from './BoardOutcomeCard';
import { type OutcomeCard, type OutcomeSectionKey, outcomeSections, sectionsOnPage } from './outcomeSections';
import { useColumnPages } from './useColumnPages';
import '../styles/board-outcomes.css';

/** Layouts in board-outcomes.css, roomiest first: one column of large cards … two columns, compact. */
const LEVELS = 4;

const TITLES = {
  decisions: 'outcomes.decisions',
  actions: 'outcomes.actions',
  notes: 'outcomes.notes',
} as const satisfies Record<OutcomeSectionKey, string>;

interface Props {
  /** The stage's outcomes, in order (stageOutcomes). */
  readonly outcomes: readonly OutcomeView[];
  readonly notes: readonly NoteBlock[];
  /** Every item of the workshop, for the titles of linked items. */
  readonly items: readonly ItemView[];
  readonly locale: Locale;
  readonly bilingual: boolean;
  /** Changes whenever the room for the cards may have changed (stage, timer, languages). */
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** What the fitting must start over for when it changes: anything that makes a card taller or shorter. */
function signature(card: OutcomeCard): string {
  if (card.kind !== 'outcome')
    return `${card.key}.${JSON.stringify(card.kind === 'note' ? card.block : card.blocks).length}`;
  const o = card.outcome;
  return `${o.id}.${o.text.length}.${o.owner.length}.${o.organization.length}.${o.due ?? ''}.${o.status}.${o.itemIds.join('+')}.${o.sdgs.length}`;
}

/**
 * The notes stage on the projector: decisions and action items large, then the running notes, under
 * headings, flowing down columns. Denser layouts first, then pages cut where the columns break (the
 * page with the newest outcome first), so it never scrolls on 16:9 or 4:3.
 */
export function BoardOutcomes({ outcomes, notes, items, locale, bilingual, layoutKey, rotate }: Props) {
  const flowRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const sections = useMemo(() => outcomeSections(outcomes, notes), [outcomes, notes]);
  const contentKey = `${layoutKey}:${sections.map((s) => `${s.key}[${s.items.map(signature).join(',')}]`).join('')}`;
  const fit = useColumnPages(flowRef, contentKey, LEVELS);
  const newest = outcomes[newestIndex(outcomes)];
  const focus = newest ? (fit.pageOf?.get(newest.id) ?? null) : 0;
  const page = usePager(fit.pageCount, focus, rotate);
  useFlip(flowRef, `${layoutKey}|${fit.level}|${page}|${fit.pageCount}`, fit.isSettled);
  const titleOf = useMemo(() => new Map(items.map((item) => [item.id, item.title])), [items]);

  if (sections.length === 0) {
    return (
      <BoardCalm
        icon="check"
        title={translate(locale, 'outcomes.emptyTitle')}
        text={translate(locale, 'outcomes.emptyText')}
      />
    );
  }
  // While measuring every card is laid out; then only those of the page on show.
  const visible = fit.pageOf
    ? sectionsOnPage(sections, fit.pageOf, page)
    : sections.map((s) => ({ ...s, continued: false, total: s.items.length }));
  return (
    <div className={`board-outcomes board-outcomes--level-${fit.level}`}>
      <div ref={flowRef} className="board-outcomes__flow" data-measuring={fit.pageOf ? undefined : ''}>
        {visible.map((section) => {
          const headingId = `${idPrefix}-${section.key}`;
          return (
            <section
              key={section.key}
              className={`board-outcomes__section board-outcomes__section--${section.key}`}
              aria-labelledby={headingId}
            >
              <h2 id={headingId} className="board-outcomes__head">
                <span className="board-outcomes__name">
                  <BoardLabel locale={locale} bilingual={bilingual} k={TITLES[section.key]} />
                </span>
                {section.continued ? (
                  <span className="board-outcomes__continued">
                    <BoardLabel locale={locale} bilingual={false} k="outcomes.continued" />
                  </span>
                ) : (
                  section.key !== 'notes' && (
                    <span className="board-outcomes__count">{formatNumber(section.total)}</span>
                  )
                )}
              </h2>
              {section.key === 'notes' ? (
                <div className="board-outcomes__notes">
                  {section.items.map(
                    (card) => card.kind !== 'outcome' && <BoardNoteCard key={card.key} card={card} />,
                  )}
                </div>
              ) : (
                <ol className="board-outcomes__cards">
                  {section.items.map(
                    (card) =>
                      card.kind === 'outcome' && (
                        <BoardOutcomeCard
                          key={card.key}
                          outcome={card.outcome}
                          linked={card.outcome.itemIds.flatMap((id) => titleOf.get(id) ?? [])}
                          locale={locale}
                          goalTitles={fit.level < LEVELS - 1}
                        />
                      ),
                  )}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      <BoardPager page={page} pageCount={fit.pageCount} locale={locale} />
    </div>
  );
}
