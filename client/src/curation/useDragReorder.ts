import { type DragEvent, useState } from 'react';

export type DropSide = 'before' | 'after';

export interface DragHandleProps {
  readonly draggable: true;
  readonly onDragStart: (event: DragEvent<HTMLElement>) => void;
  readonly onDragEnd: () => void;
}

export interface DropTargetProps {
  readonly onDragOver: (event: DragEvent<HTMLElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLElement>) => void;
}

interface DragState {
  readonly id: string;
  readonly overId?: string;
  readonly side?: DropSide;
}

/**
 * Native drag and drop for a list that reorders: a handle starts the drag, each row is a drop
 * target split at its middle (before / after), and `onDrop` gets the ids. The keyboard path
 * (arrows on the handle, Alt+arrows on the row) lives with the rows; this is the pointer path.
 */
export function useDragReorder(onDrop: (movedId: string, targetId: string, side: DropSide) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);

  const handleProps = (id: string, label: string): DragHandleProps => ({
    draggable: true,
    onDragStart: (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      // Firefox starts a drag only with some data; the label also makes sense if dropped in a text box.
      event.dataTransfer.setData('text/plain', label);
      const row = event.currentTarget.closest('li');
      if (row) event.dataTransfer.setDragImage(row, 24, 24);
      setDrag({ id });
    },
    onDragEnd: () => setDrag(null),
  });

  const targetProps = (id: string): DropTargetProps => ({
    onDragOver: (event: DragEvent<HTMLElement>) => {
      if (!drag) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const rect = event.currentTarget.getBoundingClientRect();
      const side: DropSide = event.clientY > rect.top + rect.height / 2 ? 'after' : 'before';
      if (drag.overId !== id || drag.side !== side) setDrag({ id: drag.id, overId: id, side });
    },
    onDrop: (event: DragEvent<HTMLElement>) => {
      if (!drag) return;
      event.preventDefault();
      event.stopPropagation();
      if (drag.id !== id) onDrop(drag.id, id, drag.side ?? 'before');
      setDrag(null);
    },
  });

  /** Where the drop marker shows on this row, if anywhere. */
  const markerFor = (id: string): DropSide | null =>
    drag && drag.overId === id && drag.id !== id ? (drag.side ?? null) : null;

  return { draggingId: drag?.id ?? null, handleProps, targetProps, markerFor, clear: () => setDrag(null) };
}
