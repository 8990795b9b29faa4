import { criteriaOf } from '@majlis/shared';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { criterionLabel } from '../../results/resultsText';
import type { BallotProps } from '../ballotPart';
import { BallotSegments } from '../common/BallotSegments';
import { clearScore, setScore } from './scoreBallot';

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
