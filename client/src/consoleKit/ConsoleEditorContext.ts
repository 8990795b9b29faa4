import { createContext } from 'react';
import type * as Y from 'yjs';
import type { UndoHistory } from './useUndoHistory';

/** What every editing part of the console shares: the doc, one undo history, and a voice. */
export interface ConsoleEditor {
  readonly doc: Y.Doc;
  readonly history: UndoHistory;
  /**
   * Runs one change as its own undo step. With a notice ("3 ideas merged"), a toast says what
   * happened and offers Undo, so destructive actions need no "are you sure?".
   */
  readonly act: (change: (doc: Y.Doc) => unknown, notice?: string) => void;
  /** Tells screen-reader users what just happened where they cannot see it (a move, say). */
  readonly announce: (message: string) => void;
  /**
   * Focuses the element with this `data-focus-key` once the view has re-rendered: a reordered list
   * shows its new order a frame after the change, and the moved row must keep the focus.
   */
  readonly focusAfterRender: (key: string) => void;
}

export const ConsoleEditorContext = createContext<ConsoleEditor | null>(null);
