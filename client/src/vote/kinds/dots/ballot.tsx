/**
 * A dot ballot being filled in: the edits keep it within the budget and the cap as it changes, and
 * the checks say what still stops it, in terms the participant can act on.
 */

import type { BallotOf, VoteSettings } from '@majlis/shared';
import { useId } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotLinesProps, BallotPart, BallotProgress, BallotProps } from '../ballotPart';
import { BallotLineTitle } from '../common/BallotLineTitle';
import { BallotPips } from '../common/BallotPips';
import { isRecord } from '../common/ballotShape';
import { sortedEntries } from '../common/sortedEntries';

export type DotsDraft = BallotOf<'dots'>;

/** Why a dot ballot cannot be sent yet. */
export type DotsProblem =
  | { readonly code: 'dotsNone' }
  | { readonly code: 'dotsOver'; readonly budget: number }
  | { readonly code: 'dotsCap'; readonly cap: number };

/** Dots placed so far. */
export function dotsSpent(draft: DotsDraft): number {
  return Object.values(draft.allocations).reduce((sum, n) => sum + n, 0);
}

/** Dots still to place; never negative. */
export function dotsLeft(settings: VoteSettings, draft: DotsDraft): number {
  return Math.max(0, (settings.budget ?? 0) - dotsSpent(draft));
}

/** Whether one more dot may go on `id`: dots are left and the item is under its cap. */
export function canAddDot(settings: VoteSettings, draft: DotsDraft, id: string): boolean {
  const on = draft.allocations[id] ?? 0;
  return dotsLeft(settings, draft) > 0 && (settings.maxPerItem === undefined || on < settings.maxPerItem);
}

/** One dot more (`+1`) or fewer (`-1`) on an item, when the rules allow it. */
export function stepDots(settings: VoteSettings, draft: DotsDraft, id: string, step: 1 | -1): DotsDraft {
  const on = draft.allocations[id] ?? 0;
  if (step === 1 && !canAddDot(settings, draft, id)) return draft;
  if (step === -1 && on === 0) return draft;
  const allocations = { ...draft.allocations };
  if (on + step === 0) delete allocations[id];
  else allocations[id] = on + step;
  return { kind: 'dots', allocations };
}

/** Whether a stored value has a dot ballot's shape. */
export function isDotsShaped(b: Readonly<Record<string, unknown>>): boolean {
  return isRecord(b.allocations) && Object.values(b.allocations).every(Number.isInteger);
}

/** A kept draft within the vote's targets, cap and budget, the first items keeping their dots. */
export function fitDots(settings: VoteSettings, targets: readonly string[], draft: DotsDraft): DotsDraft {
  const known = new Set(targets);
  const allocations: Record<string, number> = {};
  let left = settings.budget ?? 0;
  for (const [id, n] of Object.entries(draft.allocations)) {
    const take = Math.min(n, settings.maxPerItem ?? n, left);
    if (!known.has(id) || take <= 0) continue;
    allocations[id] = take;
    left -= take;
  }
  return { kind: 'dots', allocations };
}

export function dotsProgress(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: DotsDraft,
): BallotProgress {
  return { done: dotsSpent(draft), of: settings.budget ?? 0 };
}

export function dotsProblem(
  settings: VoteSettings,
  _targets: readonly string[],
  draft: DotsDraft,
): DotsProblem | null {
  const spent = dotsSpent(draft);
  if (spent === 0) return { code: 'dotsNone' };
  if (spent > (settings.budget ?? 0)) return { code: 'dotsOver', budget: settings.budget ?? 0 };
  const cap = settings.maxPerItem;
  if (cap !== undefined && Object.values(draft.allocations).some((n) => n > cap))
    return { code: 'dotsCap', cap };
  return null;
}

/** Zero dots dropped, items sorted. */
export function dotsCanonical(ballot: DotsDraft): unknown {
  return sortedEntries(ballot.allocations).filter(([, n]) => n !== 0);
}

/** Dot voting: a − / + stepper per priority; the steppers stop at the cap and when the budget is spent. */
export function DotsBallot({ settings, targets, draft, labelOf, onChange }: BallotProps<'dots'>) {
  const { t } = useI18n();
  const baseId = useId();
  const pips = settings.maxPerItem ?? settings.budget ?? 0;
  return (
    <ul className="ballot-list">
      {targets.map((id, i) => {
        const n = draft.allocations[id] ?? 0;
        const title = labelOf(id);
        const titleId = `${baseId}-${i}`;
        const atCap = settings.maxPerItem !== undefined && n >= settings.maxPerItem;
        return (
          <li key={id} id={`ballot-item-${id}`} className={`ballot-card ${n > 0 ? 'is-chosen' : ''}`}>
            <p id={titleId} className="ballot-card__title" dir="auto">
              {title}
            </p>
            <fieldset className="dot-stepper" aria-labelledby={titleId}>
              <button
                type="button"
                className="stepper-button"
                aria-label={t('ballot.dots.remove', { title })}
                disabled={n === 0}
                onClick={() => onChange(stepDots(settings, draft, id, -1))}
              >
                <span aria-hidden="true">−</span>
              </button>
              <output className="dot-stepper__value" aria-live="polite">
                {pips <= 10 && <BallotPips n={n} of={pips} />}
                <span className="dot-stepper__count">
                  {n === 1 ? t('ballot.dots.one') : t('ballot.dots.count', { n })}
                </span>
                {atCap && <span className="dot-stepper__cap">{t('ballot.dots.cap', { cap: n })}</span>}
              </output>
              <button
                type="button"
                className="stepper-button stepper-button--add"
                aria-label={t('ballot.dots.add', { title })}
                disabled={!canAddDot(settings, draft, id)}
                onClick={() => onChange(stepDots(settings, draft, id, 1))}
              >
                <Icon name="plus" />
              </button>
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

/** One's dot ballot read back: the dots on each item that has any. */
export function DotsBallotLines({ targets, ballot, labelOf }: BallotLinesProps<'dots'>) {
  const { t } = useI18n();
  return (
    <ul className="summary-list">
      {targets
        .filter((id) => (ballot.allocations[id] ?? 0) > 0)
        .map((id) => (
          <li key={id} className="summary-row">
            <BallotLineTitle>{labelOf(id)}</BallotLineTitle>
            <span className="summary-row__value">
              <BallotPips n={ballot.allocations[id] ?? 0} of={0} />
              {ballot.allocations[id] === 1
                ? t('ballot.dots.one')
                : t('ballot.dots.count', { n: ballot.allocations[id] ?? 0 })}
            </span>
          </li>
        ))}
    </ul>
  );
}

/** Dot voting on the phone: a stepper per item, the budget left beside the button. */
export const dotsBallotPart = {
  Ballot: DotsBallot,
  SummaryLines: DotsBallotLines,
  emptyDraft: () => ({ kind: 'dots', allocations: {} }),
  isShaped: isDotsShaped,
  fit: fitDots,
  progress: dotsProgress,
  problem: dotsProblem,
  problemText: (t, problem: DotsProblem) => {
    switch (problem.code) {
      case 'dotsNone':
        return t('ballot.problem.dotsNone');
      case 'dotsOver':
        return t('ballot.problem.dotsOver', { budget: problem.budget });
      case 'dotsCap':
        return t('ballot.problem.dotsCap', { cap: problem.cap });
      default: {
        const unreachable: never = problem;
        return unreachable;
      }
    }
  },
  canonical: dotsCanonical,
  how: (t, settings) =>
    settings.maxPerItem !== undefined
      ? t('ballot.how.dotsCap', { budget: settings.budget ?? 0, cap: settings.maxPerItem })
      : t('ballot.how.dots', { budget: settings.budget ?? 0 }),
  meter: (t, settings, draft, { of }) => t('ballot.left.dots', { n: dotsLeft(settings, draft), budget: of }),
  meterPips: (settings, draft) => {
    const budget = settings.budget ?? 0;
    return budget <= 20 ? { n: budget - dotsSpent(draft), of: budget } : null;
  },
  sendText: () => null,
} satisfies BallotPart<'dots'>;
