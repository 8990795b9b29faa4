import type { Locale, TimerState } from '@majlis/shared';
import { BoardLabel } from '../boardKit/BoardLabel';
import { TimerDisplay } from '../components/TimerDisplay';
import { translate } from '../i18n/translate';

interface Props {
  readonly timer: TimerState;
  readonly clockOffsetMs: number;
  readonly locale: Locale;
  readonly bilingual: boolean;
}

/**
 * The stage timer as the room needs it: digits big enough for the back row, counting on the server's
 * clock so the board and every phone agree on the second. Paused and "time is up" change the panel's
 * colour and words, never blink.
 */
export function BoardTimer({ timer, clockOffsetMs, locale, bilingual }: Props) {
  const paused = timer.status === 'paused';
  return (
    <div className={`board-timer ${paused ? 'is-paused' : ''}`}>
      {/* Both labels are rendered; CSS shows "time is up" once the digits say 0:00 (data-expired),
          which only the ticking display knows. */}
      <span className="board-timer__label board-timer__label--left">
        <BoardLabel locale={locale} bilingual={bilingual} k={paused ? 'board.paused' : 'board.timeLeft'} />
      </span>
      <span className="board-timer__label board-timer__label--up">
        <BoardLabel locale={locale} bilingual={bilingual} k="board.timeUp" />
      </span>
      <TimerDisplay
        timer={timer}
        clockOffsetMs={clockOffsetMs}
        className="board-timer__digits"
        label={translate(locale, paused ? 'board.paused' : 'board.timeLeft')}
      />
    </div>
  );
}
