/** A status review being filled in: each past priority rated on track, partly, off track or "don't know". */

import { type BallotOf, STATUS_RATINGS, type StatusRating, type VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { STATUS_MARKS } from '../../results/statusMarks';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { BallotSegments } from '../common/BallotSegments';
import { isRecord } from '../common/ballotShape';
import { sortedEntries } from '../common/sortedEntries';

export type StatusDraft = BallotOf<'status'>;

/** Why a status ballot cannot be sent yet. */
export type StatusProblem = { readonly code: 'statusNone' };

/** Rates one past priority. */
export function setRating(draft: StatusDraft, id: string, rating: StatusRating): StatusDraft {
  return { kind: 'status', ratings: { ...draft.ratings, [id]: rating } };
}

/** Whether a stored value has a status ballot's shape. */
export function isStatusShaped(b: Readonly<Record<string, unknown>>): boolean {
  return (
    isRecord(b.ratings) &&
    Object.values(b.ratings).every((r) => (STATUS_RATINGS as readonly unknown[]).includes(r))
  );
}

/** Kept ratings of the vote's items. */
export function fitStatus(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: StatusDraft,
): StatusDraft {
  const known = new Set(targets);
  const ratings = Object.fromEntries(Object.entries(draft.ratings).filter(([id]) => known.has(id)));
  return { kind: 'status', ratings };
}

export function statusProgress(
  _settings: VoteSettings,
  targets: readonly string[],
  draft: StatusDraft,
): BallotProgress {
  return { done: Object.keys(draft.ratings).length, of: targets.length };
}

export function statusProblem(
  _settings: VoteSettings,
  _targets: readonly string[],
  draft: StatusDraft,
): StatusProblem | null {
  return Object.keys(draft.ratings).length === 0 ? { code: 'statusNone' } : null;
}

/** A status review: each past priority rated on track, partly, off track or "don't know". Each
 * rating has a mark as well as a colour, so no one needs to tell green from red. */
export function StatusBallot({ targets, draft, labelOf, onChange }: BallotProps<'status'>) {
  const { t } = useI18n();
  const baseId = useId();
  const options = STATUS_RATINGS.map((value) => ({
    value,
    label: t(`ballot.status.${value}`),
    mark: STATUS_MARKS[value],
  }));
  return (
    <ul className="ballot-list">
      {targets.map((id, i) => (
        <li
          key={id}
          id={`ballot-item-${id}`}
          className={`ballot-card ${draft.ratings[id] ? 'is-chosen' : ''}`}
        >
          <BallotSegments
            name={`${baseId}-${i}`}
            legend={
              <span className="ballot-card__title" dir="auto">
                {labelOf(id)}
              </span>
            }
            options={options}
            value={draft.ratings[id]}
            onChange={(rating) => onChange(setRating(draft, id, rating))}
            className="segments--status"
          />
        </li>
      ))}
    </ul>
  );
}

/** One's status review read back: each rated item with its rating, mark and colour. */
export function StatusBallotLines({ targets, ballot, labelOf }: BallotLinesProps<'status'>) {
  const { t } = useI18n();
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => ballot.ratings[id])
        .map((id) => {
          const rating = ballot.ratings[id];
          return (
            <li key={id} className="summary-row summary-row--stack">
              <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
              {rating && (
                <span className={`status-pill status-pill--${rating}`}>
                  <span aria-hidden="true">{STATUS_MARKS[rating]}</span> {t(`ballot.status.${rating}`)}
                </span>
              )}
            </li>
          );
        })}
    </ul>
  );
}

/** A status review on the phone: a row of ratings for each past priority. */
export const statusBallotPart = {
  Ballot: StatusBallot,
  SummaryLines: StatusBallotLines,
  emptyDraft: () => ({ kind: 'status', ratings: {} }),
  isShaped: isStatusShaped,
  fit: fitStatus,
  progress: statusProgress,
  problem: statusProblem,
  problemText: (t) => t('ballot.problem.statusNone'),
  canonical: (ballot) => sortedEntries(ballot.ratings),
  how: (t) => t('ballot.how.status'),
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.status', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'status'>;
