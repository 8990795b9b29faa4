import { directionOf, type Locale, type PresenceCounts, readNotes, type WorkshopView } from '@majlis/shared';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { BoardCalm } from '../boardKit/BoardCalm';
import { BrandMark } from '../components/BrandMark';
import { translate } from '../i18n/translate';
import { displayRows } from '../ideas/boardGroups';
import { currentStage } from '../lib/currentStage';
import { BoardPresence } from '../presence/BoardPresence';
import { BoardTimer } from '../timer/BoardTimer';
import { visibleResults } from '../vote/board/resultsLayout';
import { BoardEnded } from './BoardEnded';
import { BoardHeading } from './BoardHeading';
import { BoardJoin } from './BoardJoin';
import { BoardStageContent } from './BoardStageContent';
import { useStageEntry } from './useStageEntry';
// The board's own sheets travel with it, so the console's miniature is styled like the projector.
import '../styles/board-dense.css';
import '../styles/board-goals.css';
import '../styles/board-groups.css';
import '../styles/board-timer.css';
import '../styles/board-vote.css';
import '../styles/board-vote-results.css';
import '../styles/board-vote-score.css';
import '../styles/board-vote-status.css';
import '../styles/board-vote-groups.css';
// Last: a 4:3 projector's narrower canvas overrides the sizes above, and a long list's wall both.
import '../styles/board-narrow.css';
import '../styles/board-wall.css';

export const BOARD_WIDTH = 1920;
export const BOARD_HEIGHT = 1080;
/** On a projector the board takes the screen's shape, from 4:3 (1440 × 1080 design px) to 21:9;
 * its layout adapts to the width (the `board` container of board-narrow.css). */
export const BOARD_FILL = { minWidth: 1440, maxWidth: 2560 } as const;
/** From this many rows of ideas on (displayRows), the join panel narrows to give the list the width
 * it needs. */
const DENSE_FROM = 10;
/** From this many, the list takes the whole screen: the join panel shrinks to a card in the corner
 * (the room has joined by now), so 60 ideas still fit one screen at a size the back row reads. */
const WALL_FROM = 24;

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
  /** Server time minus this device's time, so the timer shows the room's second (useServerClock). */
  readonly clockOffsetMs?: number;
  /** Stage title, ask and labels in both languages, for a mixed room. */
  readonly bilingual?: boolean;
  /** A vote's results by stakeholder group beside everyone's (key G on the board page). */
  readonly byGroup?: boolean;
  /** The replica the view was read from: a notes stage shows its running notes from it. */
  readonly doc?: Y.Doc | null;
}

/** The projector screen, 1080 design px tall and as wide as its canvas (1920 at 16:9). The board page
 * and the console's miniature both render this, so the facilitator sees what the room sees. */
export function Board(props: Props) {
  const { view, locale, joinUrl, joinAddress, presence, status } = props;
  const { rotate = true, clockOffsetMs = 0, bilingual = false, byGroup = false } = props;
  const current = currentStage(view);
  const stage = current?.stage;
  // A timer that ran out before the room came (back) to this stage, or before the stage moved on (a
  // vote closed, its results shown), is over: it is not shown, rather than leaving a red "0:00" on
  // the screen. One that runs out while the room is at the stage turns red until then.
  const enteredAt = useStageEntry(stage ? `${stage.id}|${stage.state}` : undefined, clockOffsetMs);
  const ranOutBefore =
    stage?.timer.status === 'running' && stage.timer.endsAt !== null && stage.timer.endsAt <= enteredAt;
  const timer =
    stage && stage.timer.status !== 'idle' && !ranOutBefore ? (
      <BoardTimer timer={stage.timer} clockOffsetMs={clockOffsetMs} locale={locale} bilingual={bilingual} />
    ) : undefined;
  // How crowded the list is as the room sees it (by goal, an idea is listed under every goal).
  const rows =
    stage?.kind === 'list'
      ? displayRows(
          view.items.filter((i) => i.stageId === stage.id && i.status === 'active'),
          view.themes.filter((theme) => theme.stageId === stage.id),
          stage.display,
        )
      : 0;
  const results = stage ? visibleResults(stage) : null;
  // Read on every render: the board renders once per doc update (useWorkshopDoc), and so do the notes.
  const notes = stage?.kind === 'notes' && props.doc ? readNotes(props.doc, stage.id) : [];
  // A vote needs the width as a long list does (the QR stays a quarter of the screen tall for late
  // voters); compared by group, results take the whole screen: the join panel has done its work.
  // So do the outcomes of a notes stage: the room has joined long before decisions are recorded.
  const dense = rows >= DENSE_FROM || stage?.kind === 'vote' || stage?.kind === 'notes';
  const wide = byGroup && (results?.byGroup.length ?? 0) > 0;
  const wall = rows >= WALL_FROM;
  // Whatever changes the room left for the list: the fitting starts over when this does.
  const layoutKey = stage
    ? `${stage.id}|${Boolean(timer)}|${bilingual}|${dense}|${wide}|${wall}|${stage.title.length}|${stage.description.length}`
    : '';

  return (
    <div
      className={`board ${dense ? 'board--dense' : ''} ${wide ? 'board--wide' : ''} ${wall ? 'board--wall' : ''}`}
      lang={locale}
      dir={directionOf(locale)}
    >
      <div className="board__main">
        <header className="board__top">
          <BrandMark size={44} />
          <span className="board__workshop" dir="auto">
            {view.meta.title}
          </span>
          {current && (
            <span className="board__progress">
              {translate(locale, 'board.stageOf', { n: current.index + 1, total: view.stages.length })}
            </span>
          )}
          {status}
        </header>
        {stage && <BoardHeading stage={stage} locale={locale} bilingual={bilingual} timer={timer} />}
        <div className="board__content">
          {stage ? (
            <BoardStageContent
              view={view}
              stage={stage}
              locale={locale}
              bilingual={bilingual}
              layoutKey={layoutKey}
              rotate={rotate}
              presence={presence}
              byGroup={byGroup}
              notes={notes}
            />
          ) : (
            <BoardCalm icon="clock" title={translate(locale, 'board.notStarted')} />
          )}
        </div>
      </div>
      <aside className="board__side">
        {view.meta.endedAt === null ? (
          <BoardJoin
            joinUrl={joinUrl}
            joinAddress={joinAddress}
            joinCode={view.meta.joinCode}
            locale={locale}
            bilingual={bilingual}
          />
        ) : (
          <BoardEnded locale={locale} bilingual={bilingual} />
        )}
        <BoardPresence presence={presence} locale={locale} bilingual={bilingual} />
      </aside>
    </div>
  );
}
