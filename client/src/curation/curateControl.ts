import type { ItemView, ThemeView } from '@majlis/shared';
import { useMemo, useRef } from 'react';
import type { DragHandleProps, DropSide, DropTargetProps } from './useDragReorder';

/** What every idea row on the curation list needs from the panel that owns the list. */
export interface CurateControl {
  readonly stageId: string;
  /** Every item of the stage, whatever its status, for provenance and "merged into". */
  readonly byId: ReadonlyMap<string, ItemView>;
  readonly themes: readonly ThemeView[];
  /** Who wrote each idea (item id → participant id), from the server; undefined until it answers. */
  readonly authors: ReadonlyMap<string, string> | undefined;
  /** The active items in list order. */
  readonly activeIds: readonly string[];
  readonly selected: ReadonlySet<string>;
  readonly toggleSelected: (itemId: string) => void;
  readonly editingId: string | null;
  readonly setEditing: (itemId: string | null) => void;
  /** The ids of the list the item is shown in: the whole list, or its theme group. */
  readonly visibleIdsOf: (itemId: string) => readonly string[];
  /** Moves an item one step among `visibleIds` (the whole list, or its theme group). */
  readonly step: (itemId: string, visibleIds: readonly string[], direction: -1 | 1, focusKey: string) => void;
  readonly handleProps: (itemId: string, label: string) => DragHandleProps;
  readonly targetProps: (itemId: string) => DropTargetProps;
  readonly markerFor: (itemId: string) => DropSide | null;
  readonly draggingId: string | null;
  /** Drops the dragged item into a theme group (null: no theme). */
  readonly dropOnTheme: (themeId: string | null) => void;
  /** Describes the keyboard moves, for every handle. */
  readonly hintId: string;
}

/**
 * The same control object on every render, reading the latest one: a row kept from an earlier
 * render (CurateItem is memoised) then acts on the list as it is now, not as it was when it was
 * drawn. What a row shows must reach it as its own props (rowState), so that it is drawn again when
 * that changes.
 */
export function useLiveControl(control: CurateControl): CurateControl {
  const latest = useRef(control);
  latest.current = control;
  return useMemo(
    () =>
      new Proxy({} as CurateControl, {
        get: (_, key) => latest.current[key as keyof CurateControl],
      }),
    [],
  );
}

/** What a row of the list shows of the control's state (CurateItem's props besides the item). */
export function rowState(control: CurateControl, itemId: string) {
  return {
    selected: control.selected.has(itemId),
    editing: control.editingId === itemId,
    dragging: control.draggingId === itemId,
    marker: control.markerFor(itemId),
    byFacilitator: control.authors !== undefined && !control.authors.has(itemId),
    themes: control.themes,
  };
}
