import { type StageView, stageDescription, stageTitle } from '@majlis/shared';
import { useId } from 'react';
import { Icon } from '../components/Icon';
import { TimerDisplay } from '../components/TimerDisplay';
import { useI18n } from '../i18n/useI18n';

interface Props {
  readonly workshopTitle: string;
  readonly stage: StageView;
  readonly index: number;
  readonly total: number;
  readonly clockOffsetMs: number;
  /** Opens the earlier stages; absent on the first stage, where there is nothing to look back at. */
  readonly onLookBack?: (() => void) | undefined;
}

/** What the room is doing now, at the top of the phone, with the stage's timer when it runs. */
export function StageCard({ workshopTitle, stage, index, total, clockOffsetMs, onLookBack }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const paused = stage.timer.status === 'paused';
  return (
    <section className="stage-card" aria-labelledby={headingId}>
      <p className="stage-card__workshop" dir="auto">
        {workshopTitle}
      </p>
      <div className="stage-card__kicker">
        <span className="stage-card__now">{t('me.now')}</span>
        <span>{t('me.stageOf', { n: index + 1, total })}</span>
        {stage.timer.status !== 'idle' && (
          <span className={`stage-timer ${paused ? 'is-paused' : ''}`}>
            <Icon name={paused ? 'pause' : 'clock'} />
            <TimerDisplay
              timer={stage.timer}
              clockOffsetMs={clockOffsetMs}
              className="stage-timer__digits mono"
              label={paused ? t('me.timerPaused') : t('me.timer')}
            />
            {paused && <span className="stage-timer__state">{t('me.paused')}</span>}
          </span>
        )}
      </div>
      <h1 id={headingId} className="stage-card__title" dir="auto">
        {stageTitle(stage, lang)}
      </h1>
      {stageDescription(stage, lang) && (
        <p className="stage-card__description" dir="auto">
          {stageDescription(stage, lang)}
        </p>
      )}
      {onLookBack && (
        <button type="button" className="stage-card__back" onClick={onLookBack}>
          <Icon name="history" />
          {t('me.lookBack')}
        </button>
      )}
    </section>
  );
}
