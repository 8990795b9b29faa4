import type { PresenceCounts, WorkshopView } from '@majlis/shared';
import { useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { BOARD_HEIGHT, BOARD_WIDTH, Board } from '../board/Board';
import { Icon } from '../components/Icon';
import { ScaledCanvas } from '../components/ScaledCanvas';
import { useI18n } from '../i18n/useI18n';
import { joinAddress, joinUrl, useJoinBase } from '../lib/joinLink';
import { useThrottledValue } from '../lib/useThrottledValue';
import { BoardDisplayControl } from './BoardDisplayControl';

interface Props {
  readonly view: WorkshopView;
  readonly presence: PresenceCounts | undefined;
  readonly boardLink: string | null;
  /** The join link's key, so the miniature's QR code is the room's. */
  readonly joinKey?: string | null;
  /** The replica the notes are read from (the notes are not part of the view). */
  readonly doc?: Y.Doc | null;
}

/** How often at most the miniature is redrawn: with many ideas each redraw redoes the board's fit, on
 * the same laptop that often drives the projector, and a glance at it does not need every frame. */
const PREVIEW_INTERVAL_MS = 1_000;

/** A live miniature of the projector, rendered by the same component in the room's language, so the
 * facilitator never has to turn around. Hidden from assistive technology: it repeats the page. */
export function BoardPreview({ view: liveView, presence, boardLink, joinKey, doc }: Props) {
  const view = useThrottledValue(liveView, PREVIEW_INTERVAL_MS);
  const shownPresence = useThrottledValue(presence, PREVIEW_INTERVAL_MS);
  const joinBase = useJoinBase();
  const link = joinUrl(view.meta.joinCode, joinBase, joinKey);
  const address = joinAddress(joinBase);
  // The console redraws at every change of the workshop; the miniature only when what it shows does.
  const board = useMemo(
    () => (
      <Board
        view={view}
        locale={view.meta.locale}
        joinUrl={link}
        joinAddress={address}
        presence={shownPresence}
        doc={doc ?? null}
      />
    ),
    [view, link, address, shownPresence, doc],
  );
  const { t } = useI18n();
  const headingId = useId();
  const onBoard = liveView.stages.find((s) => s.id === liveView.meta.currentStageId);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          {t('console.preview')}
        </h2>
      </div>
      <div className="board-preview" aria-hidden="true" inert>
        <ScaledCanvas width={BOARD_WIDTH} height={BOARD_HEIGHT} className="board-preview__frame">
          {board}
        </ScaledCanvas>
      </div>
      {onBoard?.kind === 'list' && <BoardDisplayControl stage={onBoard} />}
      {boardLink ? (
        <div className="panel__row">
          <a className="button button--block" href={boardLink} target="_blank" rel="noopener">
            <Icon name="monitor" />
            {t('console.boardOpen')}
            <Icon name="external" />
          </a>
        </div>
      ) : (
        <p className="panel__note">{t('console.boardUnknown')}</p>
      )}
      {boardLink && <p className="panel__note">{t('console.boardHint')}</p>}
    </section>
  );
}
