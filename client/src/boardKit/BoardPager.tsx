import type { Locale } from '@majlis/shared';
import { translate } from '../i18n/translate';

/** Which page of a long list the room is looking at: dots for the eye, words for the record. */
export function BoardPager({ page, pageCount, locale }: { page: number; pageCount: number; locale: Locale }) {
  if (pageCount <= 1) return null;
  return (
    <div className="board-items__pager">
      <span className="board-items__dots" aria-hidden="true">
        {Array.from({ length: pageCount }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the dots are positions, nothing else.
          <span key={i} className={i === page ? 'is-current' : ''} />
        ))}
      </span>
      <span>{translate(locale, 'board.page', { n: page + 1, total: pageCount })}</span>
    </div>
  );
}
