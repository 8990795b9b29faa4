import { useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';

export interface UndoHistory {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Ends the current undo step, so the next change is undone on its own. */
  readonly checkpoint: () => void;
  /** The step Undo would revert now (compared by identity, to tell whether a toast is stale). */
  readonly nextUndo: () => object | undefined;
  /** The step Redo would re-apply now. */
  readonly nextRedo: () => object | undefined;
}

const NOTHING: UndoHistory = {
  canUndo: false,
  canRedo: false,
  undo: () => undefined,
  redo: () => undefined,
  checkpoint: () => undefined,
  nextUndo: () => undefined,
  nextRedo: () => undefined,
};

/**
 * This console's own undo history over the agenda, the items and the themes. It tracks only changes
 * made here (local transactions with the default origin), so undo never reverts a co-facilitator's
 * work or an idea that came in from a phone; timers and the room's current stage are server
 * commands and stay out of it.
 */
export function useUndoHistory(doc: Y.Doc | null): UndoHistory {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ undo: 0, redo: 0 });

  useEffect(() => {
    if (!doc) return;
    // The three top-level maps are the undo scope; nested Y.Texts (item titles) are inside them.
    const undoManager = new Y.UndoManager([doc.getMap('stages'), doc.getMap('items'), doc.getMap('themes')], {
      captureTimeout: 600,
    });
    const update = () =>
      setStacks({ undo: undoManager.undoStack.length, redo: undoManager.redoStack.length });
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    setManager(undoManager);
    return () => {
      undoManager.destroy();
      setManager(null);
      setStacks({ undo: 0, redo: 0 });
    };
  }, [doc]);

  return useMemo(() => {
    if (!manager) return NOTHING;
    return {
      canUndo: stacks.undo > 0,
      canRedo: stacks.redo > 0,
      undo: () => {
        manager.stopCapturing();
        manager.undo();
      },
      redo: () => manager.redo(),
      checkpoint: () => manager.stopCapturing(),
      nextUndo: () => manager.undoStack.at(-1),
      nextRedo: () => manager.redoStack.at(-1),
    };
  }, [manager, stacks]);
}
