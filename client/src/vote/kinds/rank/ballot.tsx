/**
 * A rank ballot being filled in: the top K (or every item) in order, no item twice. The edits keep
 * it so; the checks say how many are still to rank.
 */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { useId, useRef, useState } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { isIds } from '../common/ballotShape';

export type RankDraft = BallotOf<'rank'>;

/** Why a rank ballot cannot be sent yet. */
export type RankProblem = { readonly code: 'rankCount'; readonly expected: number; readonly have: number };

/** How many items a rank ballot orders: the top K, or every target. */
export function rankExpected(settings: VoteSettings, targets: readonly string[]): number {
  return Math.min(settings.rankTop ?? targets.length, targets.length);
}

/** Puts an unranked item at the end of the order, while there is room. */
export function rankAdd(settings: VoteSettings, targets: readonly string[], draft: RankDraft, id: string) {
  if (draft.order.includes(id) || draft.order.length >= rankExpected(settings, targets)) return draft;
  return { kind: 'rank', order: [...draft.order, id] } satisfies RankDraft;
}

/** Takes an item out of the order; those below it move up. */
export function rankRemove(draft: RankDraft, id: string): RankDraft {
  return { kind: 'rank', order: draft.order.filter((x) => x !== id) };
}

/** Moves the item at `from` to `to` (both positions in the order), the others closing up. */
export function rankMove(draft: RankDraft, from: number, to: number): RankDraft {
  const order = [...draft.order];
  if (from < 0 || from >= order.length || to < 0 || to >= order.length || from === to) return draft;
  const [moved] = order.splice(from, 1);
  if (moved === undefined) return draft;
  order.splice(to, 0, moved);
  return { kind: 'rank', order };
}

/** Whether a stored value has a rank ballot's shape. */
export function isRankShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isIds(b.order);
}

/** A kept order without repeats or gone items, cut to the number to rank. */
export function fitRank(settings: VoteSettings, targets: readonly string[], draft: RankDraft): RankDraft {
  const known = new Set(targets);
  const order = [...new Set(draft.order)].filter((id) => known.has(id));
  return { kind: 'rank', order: order.slice(0, rankExpected(settings, targets)) };
}

export function rankProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: RankDraft,
): BallotProgress {
  return { done: draft.order.length, of: rankExpected(settings, targets) };
}

export function rankProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: RankDraft,
): RankProblem | null {
  const expected = rankExpected(settings, targets);
  return draft.order.length !== expected ? { code: 'rankCount', expected, have: draft.order.length } : null;
}

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

/** One's rank ballot read back: the order. */
export function RankBallotLines({ ballot, labelOf }: BallotLinesProps<'rank'>) {
  return (
    <ol className="summary-list">
      {ballot.order.map((id, i) => (
        <li key={id} className="summary-row">
          <span className="summary-row__n mono">{i + 1}</span>
          <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
        </li>
      ))}
    </ol>
  );
}

/** Ranking on the phone: tap items in the order they matter, then nudge them up and down. */
export const rankBallotPart = {
  Ballot: RankBallot,
  SummaryLines: RankBallotLines,
  emptyDraft: () => ({ kind: 'rank', order: [] }),
  isShaped: isRankShaped,
  fit: fitRank,
  progress: rankProgress,
  problem: rankProblem,
  problemText: (t, problem: RankProblem) =>
    t('ballot.problem.rankCount', { expected: problem.expected, have: problem.have }),
  canonical: (ballot) => ballot.order,
  how: (t, settings, targets) => {
    const n = rankExpected(settings, targets);
    return n < targets.length ? t('ballot.how.rankTop', { n }) : t('ballot.how.rankAll', { n });
  },
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.rank', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'rank'>;
