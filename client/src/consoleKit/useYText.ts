import { type ChangeEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type * as Y from 'yjs';
import { type DeltaOp, moveThroughDelta, textEdit } from './textDiff';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface YTextBinding<E extends Field> {
  readonly value: string;
  readonly ref: (element: E | null) => void;
  readonly onChange: (event: ChangeEvent<E>) => void;
}

/**
 * Binds a controlled input or textarea to a shared Y.Text. Typing becomes the smallest splice on the
 * Y.Text (so several people can type in the same field at once, character by character), and
 * changes from elsewhere (a co-editor, undo) replace the value while the caret keeps its place in
 * the text around it.
 */
export function useYText<E extends Field>(ytext: Y.Text | undefined): YTextBinding<E> {
  const [value, setValue] = useState(() => ytext?.toString() ?? '');
  const element = useRef<E | null>(null);
  // Set while this field writes, so its own echo is not treated as someone else's change.
  const writing = useRef(false);
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);

  useEffect(() => {
    if (!ytext) return;
    setValue(ytext.toString());
    const observe = (event: Y.YTextEvent) => {
      if (writing.current) return;
      const field = element.current;
      if (field && document.activeElement === field && field.selectionStart !== null) {
        const delta = event.delta as DeltaOp[];
        pendingSelection.current = {
          start: moveThroughDelta(field.selectionStart, delta),
          end: moveThroughDelta(field.selectionEnd ?? field.selectionStart, delta),
        };
      }
      // Rendered at once, so the field never shows an older text than the Y.Text holds: the next
      // keystroke is diffed against what the person saw.
      flushSync(() => setValue(ytext.toString()));
    };
    ytext.observe(observe);
    return () => ytext.unobserve(observe);
  }, [ytext]);

  // React has written the new value (which puts the caret at the end); put the caret back.
  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const field = element.current;
    if (!selection || !field || field.value !== value) return;
    pendingSelection.current = null;
    field.setSelectionRange(selection.start, selection.end);
  }, [value]);

  const onChange = useCallback(
    (event: ChangeEvent<E>) => {
      const next = event.target.value;
      if (!ytext) {
        setValue(next);
        return;
      }
      const edit = textEdit(ytext.toString(), next, event.target.selectionEnd ?? next.length);
      setValue(next);
      if (!edit || !ytext.doc) return;
      writing.current = true;
      try {
        ytext.doc.transact(() => {
          if (edit.remove > 0) ytext.delete(edit.index, edit.remove);
          if (edit.insert) ytext.insert(edit.index, edit.insert);
        });
      } finally {
        writing.current = false;
      }
    },
    [ytext],
  );

  const ref = useCallback((node: E | null) => {
    element.current = node;
  }, []);

  return { value, ref, onChange };
}
