import type { StageKind } from '@majlis/shared';
import { InfoBoard } from './info/InfoBoard';
import { ListBoard } from './list/ListBoard';
import { NotesBoard } from './notes/NotesBoard';
import type { BoardStage } from './stageParts';
import { VoteBoard } from './vote/VoteBoard';

/** What the board draws for each stage kind (see stageParts.ts). */
export const BOARD_STAGES = {
  list: ListBoard,
  vote: VoteBoard,
  notes: NotesBoard,
  info: InfoBoard,
} as const satisfies Record<StageKind, BoardStage>;
