import type { StageKind } from '@majlis/shared';
import { InfoConsole } from './info/InfoConsole';
import { ListConsole, ListConsoleControls } from './list/ListConsole';
import { NotesConsole } from './notes/NotesConsole';
import type { ConsoleStage } from './stageParts';
import { VoteConsole, VoteConsoleControls } from './vote/VoteConsole';

/** What the console has for each stage kind (see stageParts.ts). */
export const CONSOLE_STAGES = {
  list: { Controls: ListConsoleControls, Content: ListConsole, notesAreContent: false, shortcut: null },
  vote: {
    Controls: VoteConsoleControls,
    Content: VoteConsole,
    notesAreContent: false,
    shortcut: 'vote.console.shortcut',
  },
  notes: { Controls: null, Content: NotesConsole, notesAreContent: true, shortcut: null },
  info: { Controls: null, Content: InfoConsole, notesAreContent: false, shortcut: null },
} as const satisfies Record<StageKind, ConsoleStage>;
