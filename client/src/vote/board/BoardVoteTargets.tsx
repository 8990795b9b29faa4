import type { Locale } from '@majlis/shared';
import { useId, useMemo, useRef } from 'react';
import { BoardPager } from '../../boardKit/BoardPager';
import { useBoardFit } from '../../boardKit/useBoardFit';
import { useBoardPages } from '../../boardKit/useBoardPages';
import { translate } from '../../i18n/translate';
import { formatNumber } from '../../lib/numbers';

/** Layouts in board-vote.css, roomiest first: one column of large titles … two tight columns at 32 px. */
const LEVELS = 5;

interface Props {
  readonly targets: readonly string[];
  readonly labelOf: (id: string) => string;
  readonly locale: Locale;
  readonly layoutKey: string;
  readonly rotate: boolean;
}

/** What is on the ballot while the vote runs, numbered so the room can point at one, fitted or paged. */
export function BoardVoteTargets({ targets, labelOf, locale, layoutKey, rotate }: Props) {
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const key = useMemo(
    () => `${layoutKey}:${targets.map((id) => `${id}.${labelOf(id).length}`).join(',')}`,
    [layoutKey, targets, labelOf],
  );
  const fit = useBoardFit(listRef, key, LEVELS);
  const { page, pageCount, pageSize } = useBoardPages(targets.length, fit.pageSize, 0, rotate);
  const start = page * pageSize;
  return (
    <section className={`vote-targets vote-targets--level-${fit.level}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="vote-targets__heading">
        {translate(locale, 'results.onBallot')}
        <span className="vote-targets__count">{formatNumber(targets.length)}</span>
      </h2>
      <ol ref={listRef} className="vote-targets__list" start={start + 1}>
        {targets.slice(start, start + pageSize).map((id, i) => (
          <li key={id} className="vote-targets__item" data-fit-item="">
            <span className="vote-targets__n" aria-hidden="true">
              {formatNumber(start + i + 1)}
            </span>
            <span className="vote-targets__title" dir="auto">
              {labelOf(id)}
            </span>
          </li>
        ))}
      </ol>
      <BoardPager page={page} pageCount={pageCount} locale={locale} />
    </section>
  );
}
