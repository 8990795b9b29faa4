import type {
  ItemView,
  Locale,
  NoteBlock,
  PresenceCounts,
  StageView,
  StakeholderGroup,
  WorkshopView,
} from '@majlis/shared';
import type { ComponentProps, ComponentType } from 'react';
import type * as Y from 'yjs';
import type { MessageKey } from '../i18n/en';
import type { FacilitatorIdeaForm } from '../ideas/FacilitatorIdeaForm';
import type { OutgoingIdea } from '../outbox/useOutbox';
import type { ToastMessage } from '../phoneKit/Toast';
import type { EditorUser } from '../record/notesEditorProps';
import type { CommandSocket } from '../sync/useCommandSocket';
import type { Awareness } from '../sync/useWorkshopDoc';
import type { VoteCommands } from '../vote/console/useVoteCommands';
import type { Ballots } from '../vote/phone/useBallots';

/**
 * The parts of a stage kind, one per screen. Each screen has its own registry of them
 * (`boardStages.ts`, `consoleStages.ts`, `phoneStages.ts`), a `Record<StageKind, …>` the compiler
 * checks is complete, so a new kind cannot compile without its board, console and phone parts.
 * Three registries rather than one object of three parts: each screen's bundle then holds only its
 * own parts (a phone never downloads the console's vote editor).
 */

/** What the board draws under the stage's heading. */
export interface BoardStageProps {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly locale: Locale;
  readonly bilingual: boolean;
  /** Changes whenever the room for the content may have changed (stage, timer, languages). */
  readonly layoutKey: string;
  readonly rotate: boolean;
  /** Who is here: a vote's turnout is counted against it. */
  readonly presence?: PresenceCounts | undefined;
  /** A vote's results by stakeholder group rather than overall. */
  readonly byGroup?: boolean;
  /** The stage's running notes (readNotes), for a notes stage. */
  readonly notes?: readonly NoteBlock[];
}

export type BoardStage = ComponentType<BoardStageProps>;

/** What the console has for the stage shown in its middle. */
export interface ConsoleStageProps {
  readonly view: WorkshopView;
  readonly stage: StageView;
  readonly workshopId: string;
  readonly facilitatorKey: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness | null;
  readonly socket: CommandSocket | null;
  readonly presence: PresenceCounts | undefined;
  /** Who wrote each idea, as the server tells facilitators. */
  readonly authors: ReadonlyMap<string, string> | undefined;
  readonly votes: VoteCommands;
  /** Bumped by the R key: a vote asks to reveal. */
  readonly revealAsk: number;
  /** The facilitator, as the notes editors show them. */
  readonly editorUser: EditorUser;
  /** Sends the facilitator's own idea (FacilitatorIdeaForm's `onSend`). */
  readonly addIdea: ComponentProps<typeof FacilitatorIdeaForm>['onSend'];
}

export interface ConsoleStage {
  /** Controls in the stage's deck beside the timer (open the list, run the vote), if any. */
  readonly Controls: ComponentType<ConsoleStageProps> | null;
  /** The stage's work area under the deck. */
  readonly Content: ComponentType<ConsoleStageProps>;
  /** The stage's notes are its content (a notes stage); otherwise they fold under it. */
  readonly notesAreContent: boolean;
  /** A keyboard shortcut of the kind's own, named beside the console's shortcuts. */
  readonly shortcut: MessageKey | null;
}

/** What the phone shows for the stage the room is on. */
export interface PhoneStageProps {
  readonly workshopId: string;
  readonly view: WorkshopView;
  readonly stage: StageView;
  /** The stage's items (currentStage). */
  readonly stageItems: readonly ItemView[];
  readonly isMine: (item: ItemView) => boolean;
  readonly outgoing: readonly OutgoingIdea[];
  readonly landed: ReadonlyMap<string, ItemView>;
  readonly ballots: Ballots;
  readonly group: StakeholderGroup | undefined;
  readonly socket: CommandSocket | null;
  readonly canSend: boolean;
  /** The workshop has ended: the phone still reads it, but adds and votes nothing. */
  readonly ended: boolean;
  readonly notify: (toast: ToastMessage) => void;
}

export type PhoneStage = ComponentType<PhoneStageProps>;
