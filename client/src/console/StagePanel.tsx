import { type StageView, stageDescription, stageTitle } from '@majlis/shared';
import { type ReactNode, useId } from 'react';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/useI18n';
import { TimerControls } from '../timer/TimerControls';
import type { TimerCommands } from '../timer/useTimerCommands';

interface Props {
  /** The stage shown in the middle: the one on the board unless the facilitator picked another. */
  readonly stage: StageView;
  readonly index: number;
  readonly total: number;
  readonly onBoard: boolean;
  /** Where the room is: Previous and Next move it from there. */
  readonly roomIndex: number;
  readonly onMove: (direction: 1 | -1) => void;
  readonly onShow: (stageId: string) => void;
  readonly moving: boolean;
  readonly clockOffsetMs: number;
  readonly timer: TimerCommands;
  /** The stage kind's own controls (a list's, a vote's flow), kept in the deck beside the timer. */
  readonly controls?: ReactNode;
  /** A shortcut of the stage kind's own, named with the console's. */
  readonly shortcut?: string | null;
}

/**
 * The stage in the middle of the console, with every control for it in one place under its title:
 * moving the room, the timer, for lists whether the room may add ideas and how the board shows
 * them, and for votes opening, closing and revealing.
 */
export function StagePanel({ stage, index, total, onBoard, roomIndex, ...rest }: Props) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const description = stageDescription(stage, lang);

  return (
    <section className="console-stage" aria-labelledby={headingId}>
      <div className="stage-head">
        <p className="stage-head__kicker">
          {onBoard ? (
            <span className="stage-head__live">{t('console.onBoard')}</span>
          ) : (
            <span className="stage-head__off">{t('console.notOnBoard')}</span>
          )}
          <span>
            {t('board.stageOf', { n: index + 1, total })} · {t(`kind.${stage.kind}`)} ·{' '}
            {t(`state.${stage.state}`)}
          </span>
        </p>
        <h1 id={headingId} className="stage-head__title" dir="auto">
          {stageTitle(stage, lang)}
        </h1>
        {description && (
          <p className="stage-head__description" dir="auto">
            {description}
          </p>
        )}
        <div className="stage-head__controls">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => rest.onMove(-1)}
            disabled={rest.moving || roomIndex <= 0}
            aria-keyshortcuts="P"
          >
            <Icon name="back" />
            {t('console.prev')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => rest.onMove(1)}
            disabled={rest.moving || roomIndex >= total - 1}
            aria-keyshortcuts="N"
          >
            {t('console.next')}
            <Icon name="arrow" />
          </button>
          {!onBoard && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => rest.onShow(stage.id)}
              disabled={rest.moving}
            >
              <Icon name="monitor" />
              {t('console.show')}
            </button>
          )}
          <p className="stage-head__keys">
            {t('console.shortcuts')}
            {rest.shortcut && ` · ${rest.shortcut}`}
          </p>
        </div>
      </div>
      <div className="stage-deck">
        <TimerControls stage={stage} clockOffsetMs={rest.clockOffsetMs} commands={rest.timer} />
        {rest.controls}
      </div>
    </section>
  );
}
