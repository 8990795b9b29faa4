import { GROUP_LABELS, type Locale, type PresenceCounts, STAKEHOLDER_GROUPS } from '@majlis/shared';
import { useId, useRef } from 'react';
import { BoardLabel } from '../boardKit/BoardLabel';
import { useOneLine } from '../boardKit/useOneLine';
import { translate } from '../i18n/translate';
import { formatNumber } from '../lib/numbers';

interface Props {
  readonly presence: PresenceCounts | undefined;
  readonly locale: Locale;
  readonly bilingual?: boolean;
}

/** Who is here, in numbers large enough to read from the back: the total, then each group present. */
export function BoardPresence({ presence, locale, bilingual = false }: Props) {
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  // A group's name never wraps in the narrow panel beside a vote or a long list: smaller type first.
  useOneLine(listRef, '.board-presence__group', 24);
  const groups = STAKEHOLDER_GROUPS.filter((g) => (presence?.byGroup[g] ?? 0) > 0).sort(
    (a, b) => (presence?.byGroup[b] ?? 0) - (presence?.byGroup[a] ?? 0),
  );
  return (
    <section className="board-presence" aria-labelledby={headingId}>
      <div className="board-presence__head">
        <h2 id={headingId} className="board-presence__label">
          <BoardLabel locale={locale} bilingual={bilingual} k="board.here" />
        </h2>
        <span className="board-presence__total">{presence ? formatNumber(presence.total) : '–'}</span>
      </div>
      {presence && presence.total === 0 ? (
        <p className="board-presence__nobody">{translate(locale, 'board.nobody')}</p>
      ) : (
        <ul ref={listRef} className="board-presence__groups">
          {groups.map((g) => (
            <li key={g}>
              <span className="board-presence__count">{formatNumber(presence?.byGroup[g] ?? 0)}</span>
              <span className="board-presence__group">{GROUP_LABELS[g][locale]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
