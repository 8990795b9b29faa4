import { MAX_TIMER_MS, type StageView } from '@majlis/shared';
import { useEffect, useId, useState } from 'react';
import { ApiErrorAlert } from '../components/ApiErrorAlert';
import { TimerDisplay } from '../components/TimerDisplay';
import { ConsoleIcon } from '../consoleKit/ConsoleIcon';
import { useI18n } from '../i18n/useI18n';
import type { TimerCommands } from './useTimerCommands';

interface Props {
  readonly stage: StageView;
  readonly clockOffsetMs: number;
  readonly commands: TimerCommands;
}

const MAX_MINUTES = MAX_TIMER_MS / 60_000;
const toMinutes = (ms: number) => Math.max(1, Math.round(ms / 60_000));

/**
 * The stage timer: its length in minutes, start or pause (T), one more minute, back to the start.
 * A new length takes effect at once while the timer is idle, else on Reset.
 */
export function TimerControls({ stage, clockOffsetMs, commands }: Props) {
  const { t } = useI18n();
  const id = useId();
  const { timer } = stage;
  const [minutes, setMinutes] = useState(String(toMinutes(timer.durationMs)));
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    if (!editing) setMinutes(String(toMinutes(timer.durationMs)));
  }, [timer.durationMs, editing]);

  const chosenMs = () => {
    const n = Math.round(Number(minutes));
    return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_MINUTES) * 60_000 : timer.durationMs;
  };
  const applyLength = () => {
    const ms = chosenMs();
    setMinutes(String(toMinutes(ms)));
    if (timer.status === 'idle' && ms !== timer.durationMs) void commands.send(stage.id, 'reset', ms);
  };
  const running = timer.status === 'running';

  return (
    <fieldset className="deck-group timer-controls">
      <legend className="deck-group__label">{t('timer.heading')}</legend>
      <div className="timer-controls__row">
        <TimerDisplay
          timer={timer}
          clockOffsetMs={clockOffsetMs}
          className="timer-controls__clock"
          label={t('timer.left')}
        />
        <div className="timer-controls__minutes">
          <label className="visually-hidden" htmlFor={`${id}-minutes`}>
            {t('timer.minutes')}
          </label>
          <input
            id={`${id}-minutes`}
            className="input input--compact timer-controls__input"
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_MINUTES}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            onFocus={() => setEditing(true)}
            onBlur={() => {
              setEditing(false);
              applyLength();
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyLength();
            }}
          />
          <span aria-hidden="true">{t('timer.min')}</span>
        </div>
      </div>
      <div className="timer-controls__row">
        <button
          type="button"
          className="button button--small"
          aria-keyshortcuts="T"
          disabled={commands.busy}
          onClick={() => void commands.send(stage.id, running ? 'pause' : 'start')}
        >
          <ConsoleIcon name={running ? 'pause' : 'play'} />
          {running ? t('timer.pause') : timer.status === 'paused' ? t('timer.resume') : t('timer.start')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={commands.busy}
          onClick={() => void commands.send(stage.id, 'addMinute')}
        >
          {t('timer.addMinute')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={commands.busy || (timer.status === 'idle' && chosenMs() === timer.durationMs)}
          onClick={() => void commands.send(stage.id, 'reset', chosenMs())}
        >
          <ConsoleIcon name="reset" />
          {t('timer.reset')}
        </button>
      </div>
      {commands.error && <ApiErrorAlert error={commands.error} />}
    </fieldset>
  );
}
