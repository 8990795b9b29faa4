import type * as Y from 'yjs';
import { useConsoleEditor } from './useConsoleEditor';
import { useYText } from './useYText';

interface Props {
  readonly id: string;
  readonly ytext: Y.Text | undefined;
  readonly maxLength: number;
  readonly multiline?: boolean;
  readonly describedBy?: string;
  readonly invalid?: boolean;
}

/**
 * An input (or textarea) that edits a shared Y.Text live with every other console. Marked so that
 * Ctrl+Z here undoes through the shared undo history rather than the browser's, which knows
 * nothing of the co-editors' changes.
 */
export function YTextField({ id, ytext, maxLength, multiline = false, describedBy, invalid }: Props) {
  const field = useYText<HTMLInputElement | HTMLTextAreaElement>(ytext);
  const { history } = useConsoleEditor();
  const common = {
    id,
    className: 'input',
    dir: 'auto',
    maxLength,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'data-shared-undo': '',
    autoComplete: 'off',
    // Typing in another field starts a new undo step, so Ctrl+Z takes back one field at a time.
    onFocus: history.checkpoint,
  } as const;
  if (multiline) {
    return <textarea {...common} rows={3} value={field.value} ref={field.ref} onChange={field.onChange} />;
  }
  return <input {...common} value={field.value} ref={field.ref} onChange={field.onChange} />;
}
