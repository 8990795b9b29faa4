import { useId } from 'react';
import { Icon } from '../../../components/Icon';
import { useI18n } from '../../../i18n/useI18n';
import type { BallotProps } from '../ballotPart';
import { BallotPips } from '../common/BallotPips';
import { canAddDot, stepDots } from './dotsBallot';

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
