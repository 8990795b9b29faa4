import type * as Y from 'yjs';
import type { Awareness } from '../sync/useWorkshopDoc';

/** Who is typing, as the other editors see their caret. `color` is `#rrggbb`. */
export interface EditorUser {
  readonly name: string;
  readonly color: string;
}

/** What the lazily loaded notes editor needs; kept apart so importing it loads no ProseMirror. */
export interface NotesEditorProps {
  readonly doc: Y.Doc;
  readonly stageId: string;
  /** Carets of the other editors; without it the editor works alone. */
  readonly awareness: Awareness | null;
  readonly user: EditorUser;
  /** The accessible name of the editable area. */
  readonly label: string;
}
