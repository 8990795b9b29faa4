/**
 * A score ballot being filled in: each item scored 1–5 on every criterion, or skipped. One that is
 * started must be scored on every criterion before the ballot counts.
 */

import { type BallotOf, criteriaOf, type VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { criterionLabel } from '../../results/resultsText';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { BallotSegments } from '../common/BallotSegments';
import { isRecord } from '../common/ballotShape';
import { sortedEntries } from '../common/sortedEntries';

export type ScoreDraft = BallotOf<'score'>;

/** Why a score ballot cannot be sent yet. */
export type ScoreProblem =
  | { readonly code: 'scoreNone' }
  | { readonly code: 'scorePartial'; readonly itemId: string };

/** Sets one criterion's score (1–5) of one item. */
export function setScore(draft: ScoreDraft, id: string, criterion: string, value: number): ScoreDraft {
  return { kind: 'score', scores: { ...draft.scores, [id]: { ...draft.scores[id], [criterion]: value } } };
}

/** Clears an item's scores, for "I won't score this one". */
export function clearScore(draft: ScoreDraft, id: string): ScoreDraft {
  const scores = { ...draft.scores };
  delete scores[id];
  return { kind: 'score', scores };
}

/** Whether a stored value has a score ballot's shape. */
export function isScoreShaped(b: Readonly<Record<string, unknown>>): boolean {
  return (
    isRecord(b.scores) &&
    Object.values(b.scores).every(
      (s) =>
        isRecord(s) &&
        Object.values(s).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5),
    )
  );
}

/** Kept scores of the vote's items on its criteria; an item left with none is dropped. */
export function fitScore(settings: VoteSettings, targets: readonly string[], draft: ScoreDraft): ScoreDraft {
  const known = new Set(targets);
  const ids = new Set(criteriaOf(settings).map((c) => c.id));
  const scores: Record<string, Record<string, number>> = {};
  for (const [id, given] of Object.entries(draft.scores)) {
    if (!known.has(id)) continue;
    const kept = Object.fromEntries(Object.entries(given).filter(([c]) => ids.has(c)));
    if (Object.keys(kept).length > 0) scores[id] = kept;
  }
  return { kind: 'score', scores };
}

/** Items scored on every criterion, of all items. */
export function scoreProgress(
  settings: VoteSettings,
  targets: readonly string[],
  draft: ScoreDraft,
): BallotProgress {
  const ids = criteriaOf(settings).map((c) => c.id);
  const complete = targets.filter((id) => ids.every((c) => draft.scores[id]?.[c] !== undefined));
  return { done: complete.length, of: targets.length };
}

export function scoreProblem(
  settings: VoteSettings,
  targets: readonly string[],
  draft: ScoreDraft,
): ScoreProblem | null {
  const ids = criteriaOf(settings).map((c) => c.id);
  // Items in target order, so the problem named is the first one on the screen.
  const partial = targets.find((id) => {
    const given = draft.scores[id];
    return given !== undefined && ids.some((c) => given[c] === undefined);
  });
  if (partial !== undefined) return { code: 'scorePartial', itemId: partial };
  if (Object.keys(draft.scores).length === 0) return { code: 'scoreNone' };
  return null;
}

/** Items and criteria sorted. */
export function scoreCanonical(ballot: ScoreDraft): unknown {
  return sortedEntries(ballot.scores).map(([k, s]) => [k, sortedEntries(s)]);
}

const SCALE = [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) }));

/** Scoring: for each priority, a 1–5 row per criterion. A priority can be skipped, or cleared after
 * a slip; one that is started must be scored on every criterion before it counts. */
export function ScoreBallot({ settings, targets, draft, labelOf, onChange }: BallotProps<'score'>) {
  const { t } = useI18n();
  const baseId = useId();
  const criteria = criteriaOf(settings);
  return (
    <>
      <p className="ballot-scale" aria-hidden="true">
        <span>{t('ballot.score.low')}</span>
        <span>{t('ballot.score.high')}</span>
      </p>
      <ul className="ballot-list">
        {targets.map((id, i) => {
          const given = draft.scores[id];
          const title = labelOf(id);
          const complete = criteria.every((c) => given?.[c.id] !== undefined);
          const state = !given ? '' : complete ? 'is-chosen' : 'is-partial';
          return (
            <li key={id} id={`ballot-item-${id}`} className={`ballot-card ${state}`}>
              <div className="ballot-card__head">
                <p className="ballot-card__title" dir="auto">
                  {title}
                </p>
                {given && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={t('ballot.score.clearLabel', { title })}
                    onClick={() => onChange(clearScore(draft, id))}
                  >
                    {t('ballot.score.clear')}
                  </button>
                )}
              </div>
              {criteria.map((c) => (
                <BallotSegments
                  key={c.id}
                  name={`${baseId}-${i}-${c.id}`}
                  legend={
                    <>
                      {criterionLabel(t, c)}
                      <span className="visually-hidden">
                        {' '}
                        · {title} · {t('ballot.score.scaleHint')}
                      </span>
                    </>
                  }
                  options={SCALE}
                  value={given?.[c.id]}
                  onChange={(value) => onChange(setScore(draft, id, c.id, value))}
                  className="segments--scale"
                />
              ))}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** One's score ballot read back: each scored item's score on every criterion. */
export function ScoreBallotLines({ settings, targets, ballot, labelOf }: BallotLinesProps<'score'>) {
  const { t } = useI18n();
  const criteria = criteriaOf(settings);
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => ballot.scores[id])
        .map((id) => (
          <li key={id} className="summary-row summary-row--stack">
            <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
            <span className="summary-row__scores">
              {criteria.map((c) => (
                <span key={c.id}>
                  {criterionLabel(t, c)} <b>{ballot.scores[id]?.[c.id] ?? '–'}</b>
                </span>
              ))}
            </span>
          </li>
        ))}
    </ul>
  );
}

/** Scoring on the phone (a 2×2 matrix too): a 1–5 row per criterion for each item. */
export const scoreBallotPart = {
  Ballot: ScoreBallot,
  SummaryLines: ScoreBallotLines,
  emptyDraft: () => ({ kind: 'score', scores: {} }),
  isShaped: isScoreShaped,
  fit: fitScore,
  progress: scoreProgress,
  problem: scoreProblem,
  problemText: (t, problem: ScoreProblem, labelOf) =>
    problem.code === 'scorePartial'
      ? t('ballot.problem.scorePartial', { title: labelOf(problem.itemId) })
      : t('ballot.problem.scoreNone'),
  canonical: scoreCanonical,
  how: (t) => t('ballot.how.score'),
  meter: (t, _settings, _draft, { done, of }) => t('ballot.progress.score', { n: done, of }),
  meterPips: () => null,
  sendText: () => null,
} satisfies BallotPart<'score'>;
