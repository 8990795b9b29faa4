import type { ItemView, ThemeView } from '@majlis/shared';
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
