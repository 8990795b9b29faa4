import type { Locale } from '@majlis/shared';
import { useId } from 'react';
import { BoardLabel } from '../boardKit/BoardLabel';

/** In place of the join code once the workshop has ended: nobody new gets in, so nobody is invited to. */
export function BoardEnded({
  locale,
  bilingual = false,
}: {
  readonly locale: Locale;
  readonly bilingual?: boolean;
}) {
  const headingId = useId();
  return (
    <section className="board-join board-ended" aria-labelledby={headingId}>
      <h2 id={headingId} className="board-join__label">
        <BoardLabel locale={locale} bilingual={bilingual} k="board.ended" />
      </h2>
      <p className="board-ended__thanks">
        <BoardLabel locale={locale} bilingual={bilingual} k="board.endedThanks" />
      </p>
    </section>
  );
}
