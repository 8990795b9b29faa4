import { NoteBlockView, NoteList, type NoteRendering } from '../minutes/NoteBlocks';
import type { OutcomeCard } from './outcomeSections';

/** The board shows no headings but the stage's own, and nothing on it can be clicked. */
const BOARD_NOTES: NoteRendering = { headings: null, links: false };

/** One block of the running notes on the board, or one item of a notes list (numbered on). */
export function BoardNoteCard({ card }: { card: Exclude<OutcomeCard, { kind: 'outcome' }> }) {
  return (
    <div className="board-note notes" data-page-key={card.key}>
      {card.kind === 'note' ? (
        <NoteBlockView block={card.block} rendering={BOARD_NOTES} />
      ) : (
        <NoteList ordered={card.ordered} items={[card.blocks]} start={card.n} rendering={BOARD_NOTES} />
      )}
    </div>
  );
}
