import { useId, useRef, useState } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotProps } from '../ballotPart';
import { rankAdd, rankExpected, rankMove, rankRemove } from './rankBallot';

/**
 * Ranking: tap priorities in the order they matter, then nudge them with up and down. Buttons rather
 * than dragging, so it works with one thumb, a screen reader or a switch. Moves are announced.
 */
export function RankBallot({ settings, targets, draft, labelOf, onChange }: BallotProps<'rank'>) {
  const { t } = useI18n();
  const headingId = useId();
  const restId = useId();
  const restRef = useRef<HTMLUListElement>(null);
  const [said, setSaid] = useState('');
  const expected = rankExpected(settings, targets);
  const full = draft.order.length >= expected;
  const rest = targets.filter((id) => !draft.order.includes(id));

  const move = (from: number, to: number) => {
    const id = draft.order[from];
    if (id === undefined || to < 0 || to >= draft.order.length) return;
    onChange(rankMove(draft, from, to));
    setSaid(t('ballot.rank.moved', { title: labelOf(id), n: to + 1, of: expected }));
  };
  const add = (id: string) => {
    if (full) return;
    onChange(rankAdd(settings, targets, draft, id));
    setSaid(t('ballot.rank.moved', { title: labelOf(id), n: draft.order.length + 1, of: expected }));
    // The tapped button leaves this list; keep the thumb's place on the one that took its spot.
    window.requestAnimationFrame(() => restRef.current?.querySelector<HTMLButtonElement>('button')?.focus());
  };

  return (
    <div className="ballot-rank">
      <section className="rank-section" aria-labelledby={headingId}>
        <h2 id={headingId} className="ballot-section__title">
          {t('ballot.rank.yours')}
          <span className="pill pill--accent">
            {draft.order.length} / {expected}
          </span>
        </h2>
        {draft.order.length === 0 ? (
          <p className="rank-empty">{t('ballot.rank.empty')}</p>
        ) : (
          <ol className="rank-list">
            {draft.order.map((id, i) => {
              const title = labelOf(id);
              return (
                <li key={id} className="rank-row">
                  <span className="rank-row__n mono" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="rank-row__title" dir="auto">
                    {title}
                  </span>
                  <span className="rank-row__actions">
                    <button
                      type="button"
                      className="icon-stepper"
                      aria-label={t('ballot.rank.up', { title })}
                      aria-disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className="icon-stepper"
                      aria-label={t('ballot.rank.down', { title })}
                      aria-disabled={i === draft.order.length - 1}
                      onClick={() => move(i, i + 1)}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className="icon-stepper icon-stepper--remove"
                      aria-label={t('ballot.rank.remove', { title })}
                      onClick={() => onChange(rankRemove(draft, id))}
                    >
                      <Icon name="close" />
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {rest.length > 0 && (
        <section className="rank-section" aria-labelledby={restId}>
          <h2 id={restId} className="ballot-section__title">
            {t('ballot.rank.rest')}
          </h2>
          {full && <p className="rank-full">{t('ballot.rank.full', { n: expected })}</p>}
          <ul ref={restRef} className="rank-rest">
            {rest.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="rank-add"
                  aria-disabled={full}
                  aria-label={t('ballot.rank.add', { title: labelOf(id) })}
                  onClick={() => add(id)}
                >
                  <Icon name="plus" />
                  <span dir="auto">{labelOf(id)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
