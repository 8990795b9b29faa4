import {
  directionOf,
  type Locale,
  type PresenceCounts,
  stageDescription,
  stageTitle,
  type WorkshopView,
} from '@majlis/shared';
import type { ReactNode } from 'react';
import { BrandMark } from '../components/BrandMark';
import { translate } from '../i18n/translate';
import { currentStage } from '../lib/currentStage';
import { BoardCalm } from './BoardCalm';
import { BoardItems } from './BoardItems';
import { BoardJoin } from './BoardJoin';
import { BoardPresence } from './BoardPresence';

export const BOARD_WIDTH = 1920;
export const BOARD_HEIGHT = 1080;

interface Props {
  readonly view: WorkshopView;
  readonly locale: Locale;
  readonly joinUrl: string;
  readonly joinAddress: string;
  readonly presence: PresenceCounts | undefined;
  /** The connection indicator; the board shows it small, in its top bar. */
  readonly status?: ReactNode;
  /** Page turning; off in places that should stay still. */
  readonly rotate?: boolean;
}

/** The projector screen at its design size, 1920×1080. The board page and the console's miniature
 * both render this, so the facilitator sees exactly what the room sees. */
export function Board({ view, locale, joinUrl, joinAddress, presence, status, rotate = true }: Props) {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(locale, key, params);
  const current = currentStage(view);

  let content: ReactNode;
  if (!current) {
    content = <BoardCalm icon="clock" title={t('board.notStarted')} />;
  } else if (current.stage.kind === 'list') {
    content =
      current.items.length === 0 ? (
        <BoardCalm icon="lightbulb" title={t('board.emptyTitle')} text={t('board.emptyText')} />
      ) : (
        <BoardItems items={current.items} locale={locale} stageId={current.stage.id} rotate={rotate} />
      );
  } else {
    const kind = current.stage.kind;
    content = <BoardCalm icon={kind === 'vote' ? 'check' : 'clock'} title={t(`board.${kind}`)} />;
  }

  return (
    <div className="board" lang={locale} dir={directionOf(locale)}>
      <div className="board__main">
        <header className="board__top">
          <BrandMark size={44} />
          <span className="board__workshop" dir="auto">
            {view.meta.title}
          </span>
          {current && (
            <span className="board__progress">
              {t('board.stageOf', { n: current.index + 1, total: view.stages.length })}
            </span>
          )}
          {status}
        </header>
        {current && (
          <div className="board__stage">
            <h1 className="board__title" dir="auto">
              {stageTitle(current.stage, locale)}
            </h1>
            {stageDescription(current.stage, locale) && (
              <p className="board__ask" dir="auto">
                {stageDescription(current.stage, locale)}
              </p>
            )}
          </div>
        )}
        <div className="board__content">{content}</div>
      </div>
      <aside className="board__side">
        <BoardJoin
          joinUrl={joinUrl}
          joinAddress={joinAddress}
          joinCode={view.meta.joinCode}
          locale={locale}
        />
        <BoardPresence presence={presence} locale={locale} />
      </aside>
    </div>
  );
}
